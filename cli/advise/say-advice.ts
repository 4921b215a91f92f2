import type { FixedLeverReason, LeverId } from '../../lib/advise/advise-reasons'
import { missReason } from '../../lib/advise/miss-reason'
import type { Proposal } from '../../lib/advise/types'
import type { Locale } from '../../lib/i18n/locale'
import { sayAdvise } from '../../lib/i18n/catalog/say-advise'

/** "₩12,400 a month over the budget": a missed goal in the advise catalog's words. */
export const sayMiss = (locale: Locale, miss: Proposal['misses'][number]): string => sayAdvise(locale, missReason(miss))

/** A lever's name ("Fargate task size") and why it was left as drawn, in the advise catalog's words. */
export const sayLever = (locale: Locale, lever: LeverId): string => sayAdvise(locale, { code: 'advise.lever', params: { lever } })
export const sayFixed = (locale: Locale, why: FixedLeverReason): string => sayAdvise(locale, why)
