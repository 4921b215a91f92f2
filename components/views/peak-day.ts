import { roundCents } from '@/lib/cost'
import type { Locale } from '@/lib/i18n/locale'
import { describeRange } from './describe-range'
import type { ViewProps } from './view-props'

/** What the peak event does to tasks, latency and the month's bill. */
export type PeakDay = {
  name: string
  rps: number
  durationHours: number
  typicalTasks: string
  peakTasks: string
  worstPeakP95Ms: number
  meetsSla: boolean
  /** Services whose peak task count is their autoscaling maximum: no headroom left. */
  atCeiling: string[]
  typicalMonthUsd: number
  peakMonthUsd: number
  /** peakMonthUsd − typicalMonthUsd: the extra tasks for the event's hours. */
  extraUsd: number
  extraKrw: number
}

/**
 * The peak day in figures the engine returns, plus the one subtraction it does not: the band's peak
 * month minus its typical month. Example (swiftlogix): Black Friday, 200 req/s for 24 h, 2 → 10 tasks
 * per service, worst p95 95 ms, $215.09 − $200.87 = +$14.22 (₩18,486 at 1,300 KRW/USD).
 */
export function summarisePeakDay({ scenario, evaluation }: ViewProps, locale: Locale): PeakDay {
  const { peak } = scenario.requirements.traffic
  const { capacity, cost } = evaluation
  const maxById = new Map(scenario.config.services.map((s) => [s.id, s.count.max]))
  const extraUsd = roundCents(cost.band.peakUsd - cost.band.typicalUsd)
  return {
    name: peak.name,
    rps: peak.rps,
    durationHours: peak.durationHours,
    typicalTasks: describeRange(capacity.services.map((s) => s.typical.tasks), locale),
    peakTasks: describeRange(capacity.services.map((s) => s.peakTasks), locale),
    worstPeakP95Ms: capacity.worstPeakP95Ms,
    meetsSla: capacity.services.every((s) => s.peak.meetsSla),
    atCeiling: capacity.services.filter((s) => s.peakTasks >= (maxById.get(s.serviceId) ?? Infinity)).map((s) => s.name),
    typicalMonthUsd: cost.band.typicalUsd,
    peakMonthUsd: cost.band.peakUsd,
    extraUsd,
    extraKrw: Math.round(extraUsd * cost.krwPerUsd),
  }
}
