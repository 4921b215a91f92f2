import type { ServiceCapacity } from '../capacity'
import type { Evaluation } from '../evaluate'
import type { Locale } from '../i18n'
import { sayNarrative } from '../i18n/catalog/say-narrative'
import type { Scenario } from '../model'
import type { NarrativeReason } from '../i18n/catalog/narrative-reasons'
import type { NarrativeSection, Verdict } from './types'

/** Above this share of the SLA a met target is worth watching: one busy hour could tip it. */
const WATCH_SHARE = 0.8

type CtoFacts = {
  endpoint: string
  slaMs: number
  networkMs: number
  peakName: string
  worstTypicalMs: number
  worstPeakMs: number
  worstMs: number
  missing: ServiceCapacity[]
  services: ServiceCapacity[]
}

function gatherFacts(scenario: Scenario, { capacity }: Evaluation): CtoFacts {
  const services = capacity.services
  const worstTypicalMs = Math.max(...services.map((s) => s.typical.p95Ms))
  const worstPeakMs = Math.max(...services.map((s) => s.peak.p95Ms))
  return {
    endpoint: scenario.requirements.sla.endpoint,
    slaMs: capacity.slaP95Ms,
    networkMs: scenario.requirements.sla.networkOverheadMs,
    peakName: scenario.requirements.traffic.peak.name,
    worstTypicalMs,
    worstPeakMs,
    worstMs: Math.max(worstTypicalMs, worstPeakMs),
    missing: services.filter((s) => !s.meetsSla),
    services,
  }
}

function judge(f: CtoFacts): Verdict {
  if (f.missing.length > 0) return 'bad'
  return f.worstMs > f.slaMs * WATCH_SHARE ? 'warn' : 'good'
}

/** Share of the allowed time the slowest answer uses, in whole percent. */
function usedPercent(f: CtoFacts): number {
  return Math.round((f.worstMs / f.slaMs) * 100)
}

function sentences(f: CtoFacts, verdict: Verdict): NarrativeReason[] {
  const said: (NarrativeReason | null)[] = [
    { code: 'narrative.cto.target', params: { endpoint: f.endpoint, slaMs: f.slaMs } },
    { code: 'narrative.cto.measured', params: { typicalMs: f.worstTypicalMs, peakMs: f.worstPeakMs, peakName: f.peakName } },
    { code: 'narrative.cto.verdict', params: { missing: f.missing.map((s) => s.name), serviceCount: f.services.length } },
    f.networkMs > 0 && Number.isFinite(f.worstMs) ? { code: 'narrative.cto.network', params: { networkMs: f.networkMs } } : null,
    verdict === 'good' && usedPercent(f) <= 50 ? { code: 'narrative.cto.headroom', params: { usedPercent: usedPercent(f) } } : null,
  ]
  return said.filter((r): r is NarrativeReason => r !== null)
}

/**
 * "Is p95 under the SLA?" without the word p95: "95 in 100 requests are answered within …".
 * Example (swiftlogix, en): "Fast enough: 95 ms against a 1,000 ms target".
 */
export function narrateCto(scenario: Scenario, evaluation: Evaluation, locale: Locale): NarrativeSection {
  const f = gatherFacts(scenario, evaluation)
  const verdict = judge(f)
  const say = (reason: NarrativeReason) => sayNarrative(locale, reason)
  return {
    id: 'cto',
    title: say({ code: 'narrative.section-title', params: { id: 'cto' } }),
    question: say({ code: 'narrative.cto.question', params: {} }),
    headline: say({ code: 'narrative.cto.headline', params: { verdict, worstMs: f.worstMs, slaMs: f.slaMs } }),
    sentences: sentences(f, verdict).map(say),
    verdict,
  }
}
