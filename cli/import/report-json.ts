import type { ImportReport, SourcePlace } from '../../lib/import/types'
import type { Scenario } from '../../lib/model'
import { sayNote, type ShowPlace } from './say-note'

/**
 * `archdeck import --json`: `{ understood, assumed, skipped, scenario }`. Each reason keeps its
 * English words (`why`) with its `code` and `params` beside them, as the other commands' JSON
 * does (docs/decisions/013); places are files as the user gave them, with line and column.
 */
export function toImportJson(report: ImportReport, scenario: Scenario, place: ShowPlace) {
  const where = (at: SourcePlace | undefined) => (at ? { where: { ...at, file: place({ file: at.file }) ?? at.file } } : {})
  return {
    understood: report.understood.map((u) => ({ address: u.address, becomes: u.becomes, ...where(u.where) })),
    assumed: report.assumed.map((a) => ({ field: a.field, value: a.value, why: sayNote('en', a.why), code: a.why.code, params: a.why.params })),
    skipped: report.skipped.map((s) => ({ address: s.address, resourceType: s.resourceType, why: sayNote('en', s.why), code: s.why.code, params: s.why.params })),
    scenario,
  }
}
