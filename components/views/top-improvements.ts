import type { Evaluation } from '@/lib/evaluate'
import { say, type Locale } from '@/lib/i18n'
import { viewWords } from './view-words'

/** One change worth making, and why: the high finding it fixes or the failures it makes automatic. */
type Improvement = { text: string; why: string; kind: 'security' | 'recovery' }

/**
 * The changes to show first: fixes for high-severity findings (an open door beats a slow recovery),
 * then the recovery improvements in scenario order (smallest blast radius, so most frequent, first).
 * The same change named by several scenarios appears once, listing them all.
 * Example (swiftlogix): "Turn on Database Multi-AZ" (Database unresponsive), "Turn on Database Multi-AZ and
 * run one NAT gateway per AZ" (Availability zone outage), "Turn on deployment auto-rollback for …" (Bad deploy).
 */
export function listTopImprovements(evaluation: Evaluation, locale: Locale, limit = 3): Improvement[] {
  const w = viewWords(locale)
  const improvements: Improvement[] = evaluation.security.findings
    .filter((f) => f.severity === 'high')
    .map((f) => ({ text: say(locale, f.fix), why: w.fixesHigh(f.id), kind: 'security' as const }))
  const byText = new Map<string, string[]>()
  for (const scenario of evaluation.recovery.scenarios) {
    if (scenario.improvement === null) continue
    const improvement = say(locale, scenario.improvement)
    const title = say(locale, scenario.title)
    byText.set(improvement, [...(byText.get(improvement) ?? []), w.nowMode(title, w.mode[scenario.mode])])
  }
  for (const [text, titles] of byText) improvements.push({ text, why: w.makesAutomatic(titles.join(', ')), kind: 'recovery' })
  return improvements.slice(0, limit)
}
