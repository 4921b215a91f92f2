import { inspector as en } from './en/inspector'
import { inspector as ko } from './ko/inspector'
import type { InspectorReason } from './inspector-reasons'
import { speaker } from './speaker'

/** The inspector's words, without the rest of the catalog: only its lazily loaded chunk carries them. */
export const sayInspector = speaker<InspectorReason>({ en, ko })
