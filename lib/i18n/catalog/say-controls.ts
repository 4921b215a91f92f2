import type { ControlsReason } from './controls-reasons'
import { controls as en } from './en/controls'
import { controls as ko } from './ko/controls'
import { speaker } from './speaker'

/** The trade-off controls' own words, without the rest of the catalog. */
export const sayControls = speaker<ControlsReason>({ en, ko })
