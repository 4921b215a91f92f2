import type { SecurityReason } from '../../security/security-reasons'
import { security as en } from './en/security'
import { security as ko } from './ko/security'
import { speaker } from './speaker'

/** The security engine's reasons in words, without the rest of the catalog. */
export const saySecurity = speaker<SecurityReason>({ en, ko })
