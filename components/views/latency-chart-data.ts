import type { CapacityAssessment } from '@/lib/capacity'
import type { Locale } from '@/lib/i18n/locale'
import { formatMs } from '@/lib/i18n/format'

/** One service's pair of bars. An overloaded point (p95 = Infinity) is drawn up to the axis top and marked. */
export type LatencyRow = {
  name: string
  typicalMs: number
  peakMs: number
  typicalOverloaded: boolean
  peakOverloaded: boolean
  typicalLabel: string
  peakLabel: string
  /** The bar's own figure, without the unit the axis already names: "95", or "" when overloaded. */
  typicalValue: string
  peakValue: string
}

const NICE_STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]

/** The smallest "round" number at or above `value`: 1100 → 1200, 96 → 100, 0 → 1. */
export function niceCeil(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1
  const magnitude = 10 ** Math.floor(Math.log10(value))
  const step = NICE_STEPS.find((s) => s * magnitude >= value - 1e-9) ?? 10
  return Number((step * magnitude).toPrecision(12))
}

/**
 * Bars of p95 at typical and peak load per service, on an axis that always shows the SLA line with
 * 10 % headroom. Infinity never reaches the chart: it becomes a full-height bar flagged overloaded.
 * Example (swiftlogix, SLA 1000 ms): three services at 95 ms, yMaxMs 1200.
 */
export function buildLatencyChart(capacity: Pick<CapacityAssessment, 'services' | 'slaP95Ms'>, locale: Locale): { rows: LatencyRow[]; yMaxMs: number } {
  const finite = capacity.services.flatMap((s) => [s.typical.p95Ms, s.peak.p95Ms]).filter(Number.isFinite)
  const yMaxMs = niceCeil(Math.max(capacity.slaP95Ms, ...finite) * 1.1)
  const rows = capacity.services.map((s) => {
    const typicalOverloaded = !Number.isFinite(s.typical.p95Ms)
    const peakOverloaded = !Number.isFinite(s.peak.p95Ms)
    return {
      name: s.name,
      typicalMs: typicalOverloaded ? yMaxMs : s.typical.p95Ms,
      peakMs: peakOverloaded ? yMaxMs : s.peak.p95Ms,
      typicalOverloaded,
      peakOverloaded,
      typicalLabel: formatMs(s.typical.p95Ms, locale),
      peakLabel: formatMs(s.peak.p95Ms, locale),
      typicalValue: typicalOverloaded ? '' : `${Math.round(s.typical.p95Ms)}`,
      peakValue: peakOverloaded ? '' : `${Math.round(s.peak.p95Ms)}`,
    }
  })
  return { rows, yMaxMs }
}
