import type { Locale } from '../../lib/i18n/locale'
import { sayCliImport } from '../../lib/i18n/catalog/say-cli-import'
import type { ImportReport } from '../../lib/import/types'
import { sayNote, type ShowPlace } from './say-note'

/**
 * The import report as terminal lines: what became which part of the model, what was assumed
 * (with the default used), what was skipped and why, then any other notes.
 */
export function importReportLines(report: ImportReport, locale: Locale, place: ShowPlace): string[] {
  const say = (reason: Parameters<typeof sayCliImport>[1]) => sayCliImport(locale, reason)
  const section = (name: 'understood' | 'assumed' | 'skipped' | 'notes', lines: string[]) => [
    say({ code: 'cli-import.heading', params: { section: name, count: lines.length } }),
    ...(lines.length ? lines : [say({ code: 'cli-import.none', params: {} })]),
  ]
  return [
    ...section('understood', report.understood.map((u) => say({ code: 'cli-import.understood', params: { address: u.address, becomes: u.becomes, place: place(u.where) } }))),
    ...section('assumed', report.assumed.map((a) => say({ code: 'cli-import.assumed', params: { field: a.field, value: a.value, why: sayNote(locale, a.why) } }))),
    ...section('skipped', report.skipped.map((s) => say({ code: 'cli-import.skipped', params: { address: s.address, why: sayNote(locale, s.why) } }))),
    ...(report.notes.length ? section('notes', report.notes.map((n) => say({ code: 'cli-import.note', params: { text: sayNote(locale, n), place: place(n.where) } }))) : []),
  ]
}
