import type { AdvisorUiReason } from './advisor-ui-reasons'
import { advisorUi as en } from './en/advisor-ui'
import { advisorUi as ko } from './ko/advisor-ui'
import { speaker } from './speaker'

/** The Advisor tab's own words (goals, status, frontier, preview, Apply), without the rest of the catalog. */
export const sayAdvisorUi = speaker<AdvisorUiReason>({ en, ko })
