import type { ScenarioTitle } from '../recovery/recovery-reasons'
import { say } from './catalog'
import type { Locale } from './locale'

/**
 * The engines' own sentences in the reader's language. Each engine keeps English in its canonical
 * fields (what the CLI's JSON prints) and the Korean beside them in a `ko` shadow with the same field
 * names; these accessors pick one, so a view never reaches into `ko` itself.
 */

/** A failure scenario's title, reason, steps and improvement. */
export function scenarioText(
  scenario: { title: ScenarioTitle; reason: string; steps: string[]; improvement: string | null; ko: { reason: string; steps: string[]; improvement: string | null } },
  locale: Locale,
): { title: string; reason: string; steps: string[]; improvement: string | null } {
  const words = locale === 'ko' ? scenario.ko : scenario
  return { title: say(locale, scenario.title), reason: words.reason, steps: words.steps, improvement: words.improvement }
}
