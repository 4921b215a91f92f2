import type { CapacityReason } from '../../capacity/capacity-reasons'
import { capacity as en } from './en/capacity'
import { capacity as ko } from './ko/capacity'
import { speaker } from './speaker'

/** The capacity engine's reasons in words, without the rest of the catalog. */
export const sayCapacity = speaker<CapacityReason>({ en, ko })
