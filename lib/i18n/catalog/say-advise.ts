import type { AdviceReason } from '../../advise/advise-reasons'
import { advise as en } from './en/advise'
import { advise as ko } from './ko/advise'
import { speaker } from './speaker'

/** The advisor's words (levers, why one stays as drawn, how far a goal is missed), without the rest of the catalog. */
export const sayAdvise = speaker<AdviceReason>({ en, ko })
