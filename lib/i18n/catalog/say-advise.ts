import type { AdviceReason, FixedLeverReason, LeverId } from '../../advise/advise-reasons'
import { boundReason, missReasons } from '../../advise/miss-reason'
import type { BoundMiss, Proposal } from '../../advise/types'
import type { Locale } from '../locale'
import { advise as en } from './en/advise'
import { advise as ko } from './ko/advise'
import { speaker } from './speaker'

/** The advisor's words (levers, why one stays as drawn, how far a goal is missed), without the rest of the catalog. */
export const sayAdvise = speaker<AdviceReason>({ en, ko })

/** "₩12,400 a month over the budget, ₩30,886 over the budget in the peak month": a missed goal, each bound it misses, in the advise catalog's words. */
export const sayMiss = (locale: Locale, miss: Proposal['misses'][number]): string => missReasons(miss).map((reason) => sayAdvise(locale, reason)).join(', ')

/** One missed bound in the advise catalog's words: "Availability zone outage: RTO 60 minutes, 45 minutes over the RTO goal". */
export const sayBoundMiss = (locale: Locale, miss: BoundMiss): string => sayAdvise(locale, boundReason(miss))

/** A lever's name ("Fargate task size") and why it was left as drawn, in the advise catalog's words. */
export const sayLever = (locale: Locale, lever: LeverId): string => sayAdvise(locale, { code: 'advise.lever', params: { lever } })
export const sayFixed = (locale: Locale, why: FixedLeverReason): string => sayAdvise(locale, why)
