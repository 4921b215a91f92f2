import type { Evaluation } from '@/lib/evaluate'
import type { Locale } from '@/lib/i18n/locale'
import { sayRecovery } from '@/lib/i18n/catalog/say-recovery'
import { saySecurity } from '@/lib/i18n/catalog/say-security'
import { modeWord } from '@/lib/recovery'
import { viewSay } from './view-say'

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
  const w = viewSay(locale)
  const improvements: Improvement[] = evaluation.security.findings
    .filter((f) => f.severity === 'high')
    .map((f) => ({ text: saySecurity(locale, f.fix), why: w('fixes-high', { id: f.id }), kind: 'security' as const }))
  const byText = new Map<string, string[]>()
  for (const scenario of evaluation.recovery.scenarios) {
    if (scenario.improvement === null) continue
    const improvement = sayRecovery(locale, scenario.improvement)
    const title = sayRecovery(locale, scenario.title)
    byText.set(improvement, [...(byText.get(improvement) ?? []), w('now-mode', { title, mode: sayRecovery(locale, modeWord(scenario.mode)) })])
  }
  for (const [text, titles] of byText) improvements.push({ text, why: w('makes-automatic', { items: titles.join(', ') }), kind: 'recovery' })
  return improvements.slice(0, limit)
}
