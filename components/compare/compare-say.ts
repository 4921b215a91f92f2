import type { Locale } from '@/lib/i18n/locale'
import type { CompareUiReason } from '@/lib/i18n/catalog/compare-ui-reasons'
import { sayCompareUi } from '@/lib/i18n/catalog/say-compare-ui'
import { wordsIn, type Words } from '@/lib/i18n/catalog/words-in'

/** Says one of the compare page's words: w('cards.title'), w('cost.unknown-marker', { count: 3 }). */
export type SayCompare = Words<CompareUiReason, 'compare-ui'>

/** The compare page's words in one language (the `compare-ui` namespace of the catalog). */
export function compareSay(locale: Locale): SayCompare {
  return wordsIn('compare-ui', sayCompareUi, locale)
}
