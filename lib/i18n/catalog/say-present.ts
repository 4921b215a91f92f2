import { present as en } from './en/present'
import { present as ko } from './ko/present'
import type { PresentReason } from './present-reasons'
import { speaker } from './speaker'

/** The deck's own words, without the rest of the catalog. */
export const sayPresent = speaker<PresentReason>({ en, ko })
