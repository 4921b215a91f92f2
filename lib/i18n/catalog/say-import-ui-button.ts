import type { Locale } from '../locale'
import { importUiButton as en } from './en/import-ui-button'
import { importUiButton as ko } from './ko/import-ui-button'

const BUTTON: Record<Locale, () => string> = { en, ko }

/** "Import Terraform" in the reader's language, without the dialog's other words (the header shows only this). */
export function sayImportUiButton(locale: Locale): string {
  return BUTTON[locale]()
}
