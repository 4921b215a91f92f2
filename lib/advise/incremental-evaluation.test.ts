import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { evaluateScenario } from '../evaluate'
import { resolveGoals } from './goals'
import { incrementalEvaluator } from './incremental-evaluation'
import { searchDesigns } from './search'

describe('incrementalEvaluator', () => {
  it('answers exactly as evaluateScenario for every design the search examines, security reused or not', () => {
    const scenario = structuredClone(findPreset('swiftlogix')!.scenario)
    const designs = searchDesigns(scenario, resolveGoals(scenario), 120)
    const evaluate = incrementalEvaluator()
    for (const { scenario: design } of designs) expect(evaluate(design)).toEqual(evaluateScenario(design))
  })
})
