import type { Locale } from '@/lib/i18n/locale'
import type { PresentReason } from '@/lib/i18n/catalog/present-reasons'
import { sayPresent } from '@/lib/i18n/catalog/say-present'

type Code = PresentReason['code']
type ParamsOf<C extends Code> = Extract<PresentReason, { code: C }>['params']

/** Says one of the deck's words: say('present.next'), say('present.slide-of', { position: 1, count: 7 }). */
export type SayPresent = <C extends Code>(code: C, ...params: ParamsOf<C> extends Record<string, never> ? [] : [ParamsOf<C>]) => string

/** The deck's words in one language (the `present` namespace of the catalog). */
export function presentSay(locale: Locale): SayPresent {
  return (code, ...params) => sayPresent(locale, { code, params: params[0] ?? {} } as PresentReason)
}
