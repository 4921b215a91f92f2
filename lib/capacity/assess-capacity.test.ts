import { describe, expect, it } from 'vitest'
import { CATALOG_WORDS_IN_JSON, collectStrings } from '../explain/testing/engine-words'
import { findPreset } from '../../data/presets'
import { setTasksPerService, type Scenario } from '../model'
import { assessCapacity } from './assess-capacity'

function scenarioOf(id: string): Scenario {
  return structuredClone(findPreset(id)!.scenario)
}

/** SwiftLogix with the seed's 10 ms average as the service time (no calibration to the JMeter run). */
function uncalibrated(): Scenario {
  const s = scenarioOf('swiftlogix')
  for (const service of s.config.services) delete service.performance.measuredAtRpsPerTask
  return s
}

describe('assessCapacity', () => {
  it('adds network overhead to the M/M/c p95 at the busiest band', () => {
    const { config, requirements } = uncalibrated()
    const order = assessCapacity(config, requirements).services.find((s) => s.serviceId === 'order')!
    // By hand: a = 0.2, c = 2 → B = 0.02/1.22 = 0.016393, C = B/(1 − 0.1·(1 − B)) = 0.018182.
    // P(T > 30.2 ms) = (1 − C)·e^(−3.02) + C·(180·e^(−3.02) − 100·e^(−5.436))/80 = 0.0498 ≈ 5 %,
    // so the queue p95 is 30.2 ms; plus 65 ms network = 95.2 ms.
    expect(order.typical.p95Ms).toBeCloseTo(95.2, 1)
    expect(order.typical.utilisation).toBeCloseTo(0.1, 6)
    expect(order.meetsSla).toBe(true)
  })

  it('runs the autoscaler\'s task count at the peak (200 req/s ÷ 20 per target = 10)', () => {
    const { config, requirements } = uncalibrated()
    const order = assessCapacity(config, requirements).services[0]!
    expect(order.peakTasks).toBe(10)
    expect(order.peak.utilisation).toBeCloseTo(0.2, 6)
  })

  it('recommends the smallest task count that keeps the SLA and 70 % utilisation', () => {
    const { config, requirements } = uncalibrated()
    const order = assessCapacity(config, requirements).services[0]!
    // 200 req/s × 10 ms = 2 Erlangs: c = 2 is unstable, c = 3 meets 935 ms; 2/0.7 = 2.86 → 3.
    expect(order.minTasksForSla).toBe(3)
    expect(order.recommendedTasks).toBe(3)
  })

  it('misses the SLA when a fixed fleet cannot absorb the peak', () => {
    const { config, requirements } = uncalibrated()
    const fixed = setTasksPerService(config, 2)
    fixed.services = fixed.services.map((s) => ({ ...s, scaling: { ...s.scaling, policy: 'none' as const } }))
    const result = assessCapacity(fixed, requirements)
    expect(result.services[0]!.peak.p95Ms).toBe(Infinity)
    expect(result.meetsSla).toBe(false)
    expect(result.services[0]!.peak.formula.code).toBe('capacity.formula.unbounded')
  })

  it('reports no task count when network overhead alone exceeds the SLA', () => {
    const { config, requirements } = scenarioOf('swiftlogix')
    const tight = { ...requirements, sla: { ...requirements.sla, p95Ms: 60 } }
    const order = assessCapacity(config, tight).services[0]!
    expect(order.recommendedTasks).toBeNull()
    expect(order.meetsSla).toBe(false)
  })
})

describe('what assessCapacity says', () => {
  it('returns codes and params, never prose, Hangul or { en, ko } pairs', () => {
    const { config, requirements } = scenarioOf('swiftlogix-seoul-plan2')
    const result = assessCapacity(config, requirements)
    const userText = new Set([...config.services.flatMap((s) => [s.id, s.name]), requirements.traffic.peak.name])
    const prose = collectStrings(result).filter((s) => !userText.has(s) && !/^capacity\.[a-z.-]+$/.test(s))
    expect(prose).toEqual([])
    expect(JSON.stringify(result)).not.toMatch(CATALOG_WORDS_IN_JSON)
  })

  it('advises with the three counts behind the recommendation', () => {
    const { config, requirements } = scenarioOf('swiftlogix')
    const order = assessCapacity(config, requirements).services[0]!
    // Calibrated S = 5.89 ms: 200 req/s is 1.18 Erlangs, 2 tasks are stable and meet 935 ms; 1.18/0.7 → 2.
    expect(order.advice).toEqual({
      code: 'capacity.advice.recommend',
      params: { rps: 200, slaTasks: 2, utilisationTasks: 2, targetUtilisation: 0.7, haTasks: 2, recommendedTasks: 2, peakTasks: 10 },
    })
    expect(order.typical.label).toEqual({ code: 'capacity.load.busiest-band', params: {} })
    expect(order.peak.label).toEqual({ code: 'capacity.load.peak-event', params: { name: requirements.traffic.peak.name } })
  })

  it('says why no task count works', () => {
    const { config, requirements } = scenarioOf('swiftlogix')
    const order = assessCapacity(config, { ...requirements, sla: { ...requirements.sla, p95Ms: 60 } }).services[0]!
    expect(order.advice).toEqual({ code: 'capacity.advice.no-task-count', params: { slaP95Ms: 60 } })
  })
})
