import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseScenario, setServiceTaskCount, setTasksPerService, type Scenario } from '../model'
import { applyEdit, validScenario } from '../../data/presets/testing/arbitrary-scenario'
import { evaluateScenario } from './evaluate-scenario'

const costOf = (scenario: Scenario) => evaluateScenario(scenario).cost

/** The scenario after `edit`, if the schema accepts it. */
function valid(scenario: Scenario, edit: (s: Scenario) => Scenario): Scenario | undefined {
  const parsed = parseScenario(edit(scenario))
  return parsed.ok ? parsed.value : undefined
}

const tasks = fc.integer({ min: 0, max: 200 })

describe('evaluateScenario cost: never negative, monotone in tasks, unknown never counted as $0', () => {
  it('prices every line at null or a finite amount ≥ 0, and orders the band min ≤ typical ≤ peak', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        const cost = costOf(scenario)
        for (const line of cost.lines) if (line.monthlyUsd !== null) expect(line.monthlyUsd, line.id).toBeGreaterThanOrEqual(0)
        for (const figure of [cost.monthlyUsd, cost.band.minUsd, cost.band.peakUsd, cost.monthlyKrw]) {
          expect(Number.isFinite(figure)).toBe(true)
          expect(figure).toBeGreaterThanOrEqual(0)
        }
        expect(cost.band.minUsd).toBeLessThanOrEqual(cost.band.typicalUsd)
        expect(cost.band.typicalUsd).toBeLessThanOrEqual(cost.band.peakUsd)
      }),
      { numRuns: 100 },
    )
  })

  it('never costs less with more tasks per service', () => {
    fc.assert(
      fc.property(validScenario, tasks, tasks, (scenario, a, b) => {
        const [fewer, more] = [Math.min(a, b), Math.max(a, b)].map((n) => valid(scenario, (s) => ({ ...s, config: setTasksPerService(s.config, n) })))
        fc.pre(fewer !== undefined && more !== undefined)
        expect(costOf(more!).monthlyUsd).toBeGreaterThanOrEqual(costOf(fewer!).monthlyUsd)
      }),
      { numRuns: 60 },
    )
  })

  it('never costs less with more tasks in one service', () => {
    fc.assert(
      fc.property(validScenario, fc.nat(), tasks, tasks, (scenario, i, a, b) => {
        const id = scenario.config.services[i % scenario.config.services.length]!.id
        const [fewer, more] = [Math.min(a, b), Math.max(a, b)].map((n) => valid(scenario, (s) => ({ ...s, config: setServiceTaskCount(s.config, id, n) })))
        fc.pre(fewer !== undefined && more !== undefined)
        expect(costOf(more!).monthlyUsd).toBeGreaterThanOrEqual(costOf(fewer!).monthlyUsd)
      }),
      { numRuns: 60 },
    )
  })

  it('totals the known lines only and marks the total incomplete whenever a line is unknown', () => {
    fc.assert(
      fc.property(validScenario, fc.boolean(), (scenario, forceUnknown) => {
        // Half the runs use classes the catalog has no price for, so unknown lines are common.
        const s = forceUnknown ? (valid(scenario, (x) => applyEdit(applyEdit(x, { kind: 'dbClass', instanceClass: 'db.x9.huge' }), { kind: 'ec2Type', service: 0, instanceType: 'zz9.huge' })) ?? scenario) : scenario
        const cost = costOf(s)
        const unknown = cost.lines.filter((l) => l.monthlyUsd === null)
        const knownSum = cost.lines.reduce((sum, l) => sum + (l.monthlyUsd ?? 0), 0)
        expect(cost.monthlyUsd).toBeCloseTo(knownSum, 2)
        expect(cost.complete).toBe(unknown.length === 0)
        expect(cost.unknownLines).toEqual(unknown.map((l) => l.id))
        if (unknown.length > 0) {
          expect(cost.formula.params.unknownLines).toBe(unknown.length)
          if (cost.budget.withinBudget) expect(cost.budget.formula.params.verdict).toBe('within-so-far')
          for (const line of unknown) expect(line.formula.params.resultUsd).toBeNull()
        }
        if (forceUnknown && s !== scenario) expect(cost.complete).toBe(false)
      }),
      { numRuns: 100 },
    )
  })
})
