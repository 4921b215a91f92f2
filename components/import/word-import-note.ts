import type { ImportError, ImportNote } from '@/lib/import/types'
import type { Locale } from '@/lib/i18n/locale'
import { sayImport } from '@/lib/i18n/catalog/say-import'
import { sayImportUi } from '@/lib/i18n/catalog/say-import-ui'

/**
 * A note or error of the importer in the reader's language. sayImport throws on a code its catalog
 * does not word (a bug it wants seen in tests); a dialog showing a report keeps going and shows the
 * code instead, so one missing sentence never hides the rest of the report.
 */
export function wordImportNote(locale: Locale, note: ImportNote | ImportError): string {
  try {
    return sayImport(locale, note)
  } catch {
    return sayImportUi(locale, { code: 'import-ui.note-code', params: { code: note.code } })
  }
}
