import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_QUEUE_SERVERS, readQueueSteps } from '../capacity'
import { EVALUATION_WORK_LIMITS, estimateEvaluationWork, LIMITS } from '../model'
import { buildExtremeScenario, type ExtremeOptions } from '../../data/presets/testing/extreme-scenarios'
import { buildTopology } from '../topology'
import { evaluateScenario } from './evaluate-scenario'
import { priceOptions } from './price-options'
import { narrate } from '../narrative/narrate'

/**
 * Erlang steps one service may take in one evaluation, by construction: two load points over at
 * most MAX_QUEUE_SERVERS servers, and a sizing search of at most 2·⌈log2 10,000⌉ + 2 probes over at
 * most 10,000 servers (lib/capacity/erlang-c.ts). Timing goals are in bench/extremes.ts.
 */
const STEPS_PER_SERVICE = 2 * MAX_QUEUE_SERVERS + (2 * Math.ceil(Math.log2(10_000)) + 2) * 10_000

const extremeOptions: fc.Arbitrary<ExtremeOptions> = fc.record({
  services: fc.constantFrom(1, 2, LIMITS.servicesPerDesign),
  loadBalancers: fc.constantFrom(0, 100),
  openPorts: fc.constantFrom(1, 3),
  idleRules: fc.constantFrom(0, 4),
  saturated: fc.boolean(),
  workersPerTask: fc.constantFrom(1, 64),
})

describe('one evaluation at the schema extremes does bounded work', () => {
  it('completes for every mix of extremes, within the Erlang step bound and the work estimate', () => {
    fc.assert(
      fc.property(extremeOptions, (options) => {
        const scenario = buildExtremeScenario(options)
        const work = estimateEvaluationWork(scenario.config)
        for (const key of Object.keys(EVALUATION_WORK_LIMITS) as (keyof typeof work)[]) expect(work[key]).toBeLessThanOrEqual(EVALUATION_WORK_LIMITS[key])
        const before = readQueueSteps()
        const evaluation = evaluateScenario(scenario)
        const steps = readQueueSteps() - before
        expect(steps).toBeLessThanOrEqual(scenario.config.services.length * STEPS_PER_SERVICE)
        expect(evaluation.capacity.services).toHaveLength(scenario.config.services.length)
        expect(Number.isFinite(evaluation.cost.monthlyUsd)).toBe(true)
        // Every reach edge is one of the checks the estimate counted, every drawn rule line one of its lines.
        expect(evaluation.security.edges.length).toBeLessThanOrEqual(work.reachChecks)
        const lines = buildTopology(scenario.config).edges.filter((e) => e.kind === 'sg-rule')
        expect(lines.length).toBeLessThanOrEqual(work.ruleLines)
      }),
      { numRuns: 10 },
    )
  })

  it('prices the options and tells the story of a design at the task limit without asking for a 501st task', () => {
    // The deck and the finance view evaluate "one more task per service": at 500 there is none.
    const scenario = buildExtremeScenario({ loadBalancers: 0, openPorts: 1, idleRules: 0, services: 2 })
    const evaluation = evaluateScenario(scenario)
    const options = priceOptions(scenario, evaluation)
    expect(options.find((o) => o.id === 'one-more-task')?.applies).toBe(false)
    expect(() => narrate(scenario, evaluation, 'en')).not.toThrow()
  })

  it('takes about 10,000 Erlang steps per saturated service, far under the bound', () => {
    // Loads nobody asked for before, so no remembered percentile hides the work.
    const scenario = buildExtremeScenario({ loadBalancers: 0, openPorts: 1, idleRules: 0, services: LIMITS.servicesPerDesign })
    for (const [i, service] of scenario.config.services.entries()) service.performance.serviceTimeMs *= 1 + 1e-7 * (i + 1)
    const before = readQueueSteps()
    evaluateScenario(scenario)
    const perService = (readQueueSteps() - before) / scenario.config.services.length
    expect(perService).toBeGreaterThan(0)
    expect(perService).toBeLessThan(STEPS_PER_SERVICE / 10)
  })
})
