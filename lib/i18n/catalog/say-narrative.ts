import type { NarrativeReason } from './narrative-reasons'
import { narrative as en } from './en/narrative'
import { narrative as ko } from './ko/narrative'
import { speaker } from './speaker'

/** The stakeholder narrative's words (sections, plain names, the decision), without the rest of the catalog. */
export const sayNarrative = speaker<NarrativeReason>({ en, ko })
