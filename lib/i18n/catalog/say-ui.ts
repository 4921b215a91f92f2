import { ui as en } from './en/ui'
import { ui as ko } from './ko/ui'
import { speaker } from './speaker'
import type { UiReason } from './ui-reasons'

/** The dashboard's own words (header, price catalogue, notice bar, control and KPI labels). */
export const sayUi = speaker<UiReason>({ en, ko })
