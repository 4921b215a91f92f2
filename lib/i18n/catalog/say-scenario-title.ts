import type { ScenarioTitle } from '../../recovery/recovery-reasons'
import { recoveryTitles as en } from './en/recovery-titles'
import { recoveryTitles as ko } from './ko/recovery-titles'
import { speaker } from './speaker'

/** A failure scenario's title, without the rest of the recovery namespace. */
export const sayScenarioTitle = speaker<ScenarioTitle>({ en, ko })
