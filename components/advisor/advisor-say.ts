import type { Locale } from '@/lib/i18n/locale'
import type { AdvisorUiReason } from '@/lib/i18n/catalog/advisor-ui-reasons'
import { sayAdvisorUi } from '@/lib/i18n/catalog/say-advisor-ui'
import { wordsIn, type Words } from '@/lib/i18n/catalog/words-in'

/** Says one of the Advisor tab's words: w('apply'), w('status.done', { examined, elapsed }). */
export type SayAdvisor = Words<AdvisorUiReason, 'advisor-ui'>

/** The Advisor tab's words in one language (the `advisor-ui` namespace of the catalog). */
export function advisorSay(locale: Locale): SayAdvisor {
  return wordsIn('advisor-ui', sayAdvisorUi, locale)
}
