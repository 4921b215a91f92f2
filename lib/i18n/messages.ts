import { sayUi } from './catalog/say-ui'
import type { UiLabel, UiReason } from './catalog/ui-reasons'
import { wordsIn, type KeyIn, type Words } from './catalog/words-in'
import type { Locale } from './locale'

/** A label of the dashboard without variables: `t('kpi.cost')`. */
export type MessageKey = UiLabel

/** Any key of the `ui` namespace; one with variables takes its params: `t('prices.title', { region })`. */
export type UiKey = KeyIn<UiReason, 'ui'>

/** The dashboard's words in one language, by key (the catalog's `ui` namespace): `t(locale, key)` is `uiWords(locale)(key)`. */
export function uiWords(locale: Locale): Words<UiReason, 'ui'> {
  return wordsIn('ui', sayUi, locale)
}
