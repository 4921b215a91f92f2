import type { ServiceCapacity } from '../capacity'
import { busiestBandRps } from '../cost'
import type { Evaluation } from '../evaluate'
import type { Locale } from '../i18n'
import { sayNarrative } from '../i18n/catalog/say-narrative'
import { toKrw } from '../i18n/format'
import type { Scenario } from '../model'
import type { NarrativeReason, ServiceGroup } from '../i18n/catalog/narrative-reasons'
import type { NarrativeSection, Verdict } from './types'

type BusinessFacts = {
  peakName: string
  peakRps: number
  busiestRps: number
  peakHours: number
  services: ServiceCapacity[]
  typicalTasks: number[]
  peakTasks: number[]
  recommended: number[]
  /** Services whose peak p95 is unbounded or over the SLA. */
  overloaded: ServiceCapacity[]
  /** Services that run fewer tasks at the peak than the capacity model recommends. */
  belowAdvice: ServiceCapacity[]
  /** Services whose autoscaling reaches its maximum during the peak. */
  atCeiling: ServiceCapacity[]
  ceiling: number[]
  worstPeakP95Ms: number
  slaP95Ms: number
  extraPeakKrw: number
}

function gatherFacts(scenario: Scenario, { capacity, cost }: Evaluation): BusinessFacts {
  const { traffic } = scenario.requirements
  const services = capacity.services
  const maxById = new Map(scenario.config.services.map((s) => [s.id, s.count.max]))
  return {
    peakName: traffic.peak.name,
    peakRps: traffic.peak.rps,
    busiestRps: busiestBandRps(traffic),
    peakHours: traffic.peak.durationHours,
    services,
    typicalTasks: services.map((s) => s.typical.tasks),
    peakTasks: services.map((s) => s.peakTasks),
    recommended: services.flatMap((s) => (s.recommendedTasks === null ? [] : [s.recommendedTasks])),
    overloaded: services.filter((s) => !Number.isFinite(s.peak.p95Ms) || !s.peak.meetsSla),
    belowAdvice: services.filter((s) => s.recommendedTasks === null || s.peakTasks < s.recommendedTasks),
    atCeiling: services.filter((s) => s.peakTasks >= (maxById.get(s.serviceId) ?? Infinity)),
    ceiling: [...maxById.values()],
    worstPeakP95Ms: Math.max(...services.map((s) => s.peak.p95Ms)),
    slaP95Ms: capacity.slaP95Ms,
    extraPeakKrw: toKrw(cost.band.peakUsd - cost.band.typicalUsd, cost.krwPerUsd),
  }
}

function judge(f: BusinessFacts): Verdict {
  return f.overloaded.length > 0 ? 'bad' : f.belowAdvice.length > 0 || f.atCeiling.length > 0 ? 'warn' : 'good'
}

/** The services a sentence is about; `every` when it covers all of several. */
function groupOf(subset: readonly ServiceCapacity[], all: readonly ServiceCapacity[]): ServiceGroup {
  return { names: subset.map((s) => s.name), every: subset.length === all.length && all.length > 1 }
}

/** The peak is worth a ratio only when it is clearly above the daily pattern. */
function peakRatio(f: BusinessFacts): number | null {
  if (f.busiestRps <= 0) return null
  const ratio = f.peakRps / f.busiestRps
  return ratio >= 1.5 ? ratio : null
}

function sentences(f: BusinessFacts): NarrativeReason[] {
  const { peakName } = f
  const said: (NarrativeReason | null)[] = [
    { code: 'narrative.business.traffic', params: { busiestRps: f.busiestRps, peakRps: f.peakRps, peakName, ratio: peakRatio(f) } },
    { code: 'narrative.business.scaling', params: { serviceCount: f.services.length, typicalTasks: f.typicalTasks, peakTasks: f.peakTasks, peakName } },
    { code: 'narrative.business.outcome', params: { overloaded: groupOf(f.overloaded, f.services), worstPeakP95Ms: f.worstPeakP95Ms, slaP95Ms: f.slaP95Ms } },
    f.overloaded.length > 0
      ? null
      : f.belowAdvice.length > 0
        ? { code: 'narrative.business.below-advice', params: { below: groupOf(f.belowAdvice, f.services), recommended: f.recommended } }
        : f.recommended.length > 0
          ? { code: 'narrative.business.room-to-spare', params: { recommended: f.recommended } }
          : null,
    f.atCeiling.length > 0 ? { code: 'narrative.business.ceiling', params: { atCeiling: groupOf(f.atCeiling, f.services), ceiling: f.ceiling } } : null,
    f.extraPeakKrw > 0 ? { code: 'narrative.business.extra-cost', params: { peakHours: f.peakHours, peakName, extraPeakKrw: f.extraPeakKrw } } : null,
  ]
  return said.filter((r): r is NarrativeReason => r !== null)
}

/**
 * "Does the service carry the peak?" in plain words.
 * Example (swiftlogix, en): "Black Friday: handled automatically"; "Each service runs 2 servers
 * normally and adds more by itself, up to 10 during Black Friday."
 */
export function narrateBusiness(scenario: Scenario, evaluation: Evaluation, locale: Locale): NarrativeSection {
  const f = gatherFacts(scenario, evaluation)
  const verdict = judge(f)
  const say = (reason: NarrativeReason) => sayNarrative(locale, reason)
  return {
    id: 'business',
    title: say({ code: 'narrative.section-title', params: { id: 'business' } }),
    question: say({ code: 'narrative.business.question', params: { peakName: f.peakName } }),
    headline: say({ code: 'narrative.business.headline', params: { peakName: f.peakName, verdict } }),
    sentences: sentences(f).map(say),
    verdict,
  }
}
