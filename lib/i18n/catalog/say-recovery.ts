import type { RecoveryReason } from '../../recovery/recovery-reasons'
import { recovery as en } from './en/recovery'
import { recovery as ko } from './ko/recovery'
import { speaker } from './speaker'

/** The recovery engine's reasons in words, without the rest of the catalog. */
export const sayRecovery = speaker<RecoveryReason>({ en, ko })
