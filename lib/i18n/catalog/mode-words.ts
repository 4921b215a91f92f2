import { modeWord } from '../../recovery/recovery-reasons'
import type { RecoveryMode } from '../../recovery/scenario-ids'
import type { Locale } from '../locale'
import { say } from './say'

/** The three recovery modes in one language, for tables and legends that list them all. */
export function modeWords(locale: Locale): Record<RecoveryMode, string> {
  return { auto: say(locale, modeWord('auto')), partial: say(locale, modeWord('partial')), manual: say(locale, modeWord('manual')) }
}
