import type { Evaluation } from '@/lib/evaluate'
import type { Scenario } from '@/lib/model'

type LatencyBar = {
  key: 'typical' | 'peak'
  ms: number
  overloaded: boolean
  meets: boolean
  widthPercent: number
  networkPercent: number
}

type LatencyChart = { bars: LatencyBar[]; slaMs: number; slaPercent: number; networkMs: number; peakName: string }

/**
 * The CTO slide: the slowest service's p95 on a normal busy day and at the peak, against the SLA,
 * on a scale that leaves room past the target. An overloaded queue fills the bar.
 */
export function buildLatencyChart(scenario: Scenario, evaluation: Evaluation): LatencyChart {
  const { capacity } = evaluation
  const networkMs = scenario.requirements.sla.networkOverheadMs
  const worst = (key: 'typical' | 'peak') => Math.max(...capacity.services.map((s) => s[key].p95Ms))
  const finite = [worst('typical'), worst('peak')].filter(Number.isFinite)
  const scaleMs = Math.max(capacity.slaP95Ms * 1.15, ...finite.map((ms) => ms * 1.05))
  const bar = (key: 'typical' | 'peak'): LatencyBar => {
    const ms = worst(key)
    const overloaded = !Number.isFinite(ms)
    return {
      key,
      ms,
      overloaded,
      meets: !overloaded && ms <= capacity.slaP95Ms,
      widthPercent: overloaded ? 100 : (ms / scaleMs) * 100,
      networkPercent: (Math.min(networkMs, overloaded ? scaleMs : ms) / scaleMs) * 100,
    }
  }
  return {
    bars: [bar('typical'), bar('peak')],
    slaMs: capacity.slaP95Ms,
    slaPercent: (capacity.slaP95Ms / scaleMs) * 100,
    networkMs,
    peakName: scenario.requirements.traffic.peak.name,
  }
}
