import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseScenario, setDbMultiAz, type Scenario } from '../model'
import { validScenario } from '../../data/presets/testing/arbitrary-scenario'
import { evaluateScenario } from './evaluate-scenario'

const RANK = { manual: 0, partial: 1, auto: 2 } as const

function withMultiAz(scenario: Scenario, on: boolean): Scenario {
  const parsed = parseScenario({ ...scenario, config: setDbMultiAz(scenario.config, on) })
  if (!parsed.ok) throw new Error('turning Multi-AZ on or off made a valid scenario invalid')
  return parsed.value
}

describe('evaluateScenario recovery: Multi-AZ on the database never lowers recovery', () => {
  it('recovers at least as many scenarios automatically, and none worse, with Multi-AZ on', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        const off = evaluateScenario(withMultiAz(scenario, false)).recovery
        const on = evaluateScenario(withMultiAz(scenario, true)).recovery
        expect(on.autoCount).toBeGreaterThanOrEqual(off.autoCount)
        expect(on.coverage.value!).toBeGreaterThanOrEqual(off.coverage.value!)
        for (const [i, before] of off.scenarios.entries()) {
          const after = on.scenarios[i]!
          expect(after.id).toBe(before.id)
          expect(RANK[after.mode], after.id).toBeGreaterThanOrEqual(RANK[before.mode])
        }
      }),
      { numRuns: 80 },
    )
  })
})
