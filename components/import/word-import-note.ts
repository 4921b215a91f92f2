import type { ImportError, ImportNote } from '@/lib/import/types'
import type { Locale } from '@/lib/i18n/locale'
import { sayImportUi } from '@/lib/i18n/catalog/say-import-ui'

/**
 * A note or error of the importer in the reader's language. Until the `import` namespace words
 * them (lib/i18n/catalog/say-import.ts), the dialog shows the code.
 */
export function wordImportNote(locale: Locale, note: ImportNote | ImportError): string {
  return sayImportUi(locale, { code: 'import-ui.note-code', params: { code: note.code } })
}
