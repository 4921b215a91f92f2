import type { ScenarioTitle } from '../recovery/recovery-reasons'
import { say } from './catalog'
import type { Locale } from './locale'

/**
 * The engines' own sentences in the reader's language. Each engine keeps English in its canonical
 * fields (what the CLI's JSON prints) and the Korean beside them in a `ko` shadow with the same field
 * names; these accessors pick one, so a view never reaches into `ko` itself.
 * Example: findingText(finding, 'ko') → { message: 'Bastion-SG가 0.0.0.0/0에서 SSH(22)를 허용합니다. …', fix: '…하세요.' }.
 */

/** A security finding's message and fix. Compare rows carry no fix; theirs comes back as ''. */
export function findingText(
  finding: { message: string; fix?: string; ko: { message: string; fix?: string } },
  locale: Locale,
): { message: string; fix: string } {
  const words = locale === 'ko' ? finding.ko : finding
  return { message: words.message, fix: words.fix ?? '' }
}

/** A defense layer's name and the evidence for its verdict. */
export function layerText(layer: { name: string; evidence: string; ko: { name: string; evidence: string } }, locale: Locale): { name: string; evidence: string } {
  const words = locale === 'ko' ? layer.ko : layer
  return { name: words.name, evidence: words.evidence }
}

/** The answer to "can X reach Y on port P?", with every layer that stops it. */
export function reachabilityText(answer: { explanation: string; ko: { explanation: string } }, locale: Locale): { explanation: string } {
  return { explanation: locale === 'ko' ? answer.ko.explanation : answer.explanation }
}

/** A failure scenario's title, reason, steps and improvement. */
export function scenarioText(
  scenario: { title: ScenarioTitle; reason: string; steps: string[]; improvement: string | null; ko: { reason: string; steps: string[]; improvement: string | null } },
  locale: Locale,
): { title: string; reason: string; steps: string[]; improvement: string | null } {
  const words = locale === 'ko' ? scenario.ko : scenario
  return { title: say(locale, scenario.title), reason: words.reason, steps: words.steps, improvement: words.improvement }
}
