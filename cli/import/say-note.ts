import type { Locale } from '../../lib/i18n/locale'
import { sayImport } from '../../lib/i18n/catalog/say-import'
import type { ImportError, ImportNote, SourcePlace } from '../../lib/import/types'

/** A place in the user's files as they would type it: `infra/main.tf:8:37`, or null. */
export type ShowPlace = (where: SourcePlace | undefined) => string | null

/** One note or error of the import, in the import catalog's words. */
export function sayNote(locale: Locale, note: ImportNote | ImportError): string {
  return sayImport(locale, note as Parameters<typeof sayImport>[1])
}

/** `main.tf` + line 8, column 37 → `infra/main.tf:8:37`, with the path shown as the user gave it. */
export function placeShower(shown: ReadonlyMap<string, string>): ShowPlace {
  return (where) => {
    if (!where) return null
    const file = shown.get(where.file) ?? where.file
    return [file, where.line, where.line !== undefined ? where.column : undefined].filter((part) => part !== undefined).join(':')
  }
}
