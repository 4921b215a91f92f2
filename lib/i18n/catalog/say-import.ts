import type { Reason } from '../../explain/reason'
import { importMessages as en } from './en/import'
import type { ImportReason } from './import-reasons'
import { importMessages as ko } from './ko/import'
import type { Locale } from '../locale'
import { speaker } from './speaker'

const sayKnown = speaker<ImportReason>({ en, ko })

/**
 * A Terraform import's note or refusal in the reader's language, without the rest of the catalog.
 * The report's notes (lib/import/types.ts ImportNote, ImportError) are typed loosely, each step adding
 * its own codes, so a code this catalog does not word is a bug: it throws rather than show a blank.
 */
export function sayImport(locale: Locale, reason: ImportReason | Reason<string, object>): string {
  if (!(reason.code in en)) throw new Error(`import catalog: no words for ${reason.code}`)
  return sayKnown(locale, reason as ImportReason)
}
