import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { evaluateScenario } from '../evaluate'
import { patchDatabase } from '../model/edit-database'
import { setNatMode } from '../model/edit-network'
import { resolveGoals } from './goals'
import { incrementalEvaluator } from './incremental-evaluation'
import { searchDesigns } from './search'

describe('incrementalEvaluator', () => {
  it('answers exactly as evaluateScenario for every design the search examines, security and capacity reused or not', () => {
    const scenario = structuredClone(findPreset('swiftlogix')!.scenario)
    const designs = searchDesigns(scenario, resolveGoals(scenario), 120)
    const evaluate = incrementalEvaluator()
    for (const { scenario: design } of designs) expect(evaluate(design)).toEqual(evaluateScenario(design))
  })

  it('reuses the capacity answer across a NAT or database change (capacity reads neither) and not across a change of task count', () => {
    const scenario = structuredClone(findPreset('swiftlogix')!.scenario)
    const evaluate = incrementalEvaluator()
    const base = evaluate(scenario)
    expect(evaluate({ ...scenario, config: setNatMode(scenario.config, 'instance') }).capacity).toBe(base.capacity)
    expect(evaluate({ ...scenario, config: patchDatabase(scenario.config, { multiAz: !scenario.config.database.multiAz }) }).capacity).toBe(base.capacity)
    const [first, ...rest] = scenario.config.services
    const moreTasks = { ...scenario, config: { ...scenario.config, services: [{ ...first!, count: { ...first!.count, desired: first!.count.desired + 1, max: first!.count.max + 1 } }, ...rest] } }
    expect(evaluate(moreTasks).capacity).not.toBe(base.capacity)
    expect(evaluate(moreTasks)).toEqual(evaluateScenario(moreTasks))
  })
})
