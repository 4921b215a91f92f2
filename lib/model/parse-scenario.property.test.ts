import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { evaluateScenario } from '../evaluate'
import { exportTerraform } from '../terraform'
import { parseScenarioJson } from './parse-scenario'
import { editText, mutate, mutation, textEdit } from './testing/arbitrary-mutation'
import { PRESET_SCENARIOS, presetScenario } from '../../data/presets/testing/arbitrary-scenario'
import { expectClearOutcome, expectPrototypesUntouched } from './testing/clear-outcome'

/** An imported file either loads as a scenario every engine can work on, or is reported clearly. */
function expectImportOutcome(text: string): void {
  const result = parseScenarioJson(text)
  expectClearOutcome(result)
  if (result.ok) {
    const evaluation = evaluateScenario(result.value)
    expect(Number.isFinite(evaluation.cost.monthlyUsd)).toBe(true)
    expect(exportTerraform(result.value.config).files).toHaveLength(2)
  }
}

describe('parseScenarioJson: any file gives a scenario or a clear error', () => {
  afterEach(expectPrototypesUntouched)

  it('reports random text as not JSON or as field errors, never throwing', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), expectImportOutcome), { numRuns: 500 })
  })

  it('reports random JSON values by the field that is wrong', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => expectImportOutcome(JSON.stringify(value))), { numRuns: 300 })
  })

  it('loads a preset with fields deleted, retyped, oversized, nested deep or keyed __proto__, or explains why not', () => {
    fc.assert(
      fc.property(presetScenario, fc.array(mutation, { minLength: 1, maxLength: 3 }), (scenario, mutations) => {
        expectImportOutcome(JSON.stringify(mutations.reduce(mutate, scenario as unknown)))
        expectPrototypesUntouched()
      }),
      { numRuns: 400 },
    )
  })

  it('handles a preset file cut short, with a flipped character, or with 1e999 and NaN spliced in', () => {
    fc.assert(
      fc.property(presetScenario, fc.array(textEdit, { minLength: 1, maxLength: 3 }), (scenario, edits) =>
        expectImportOutcome(edits.reduce(editText, JSON.stringify(scenario, null, 2))),
      ),
      { numRuns: 300 },
    )
  })

  it('reports a value nested 100 000 levels deep without overflowing the stack', () => {
    // Built as text: JSON.stringify itself would overflow on a value this deep.
    const deep = '[{"a":'.repeat(50_000) + '1' + '}]'.repeat(50_000)
    const preset = JSON.stringify(PRESET_SCENARIOS[0])
    for (const field of ['config', 'requirements', 'extra']) expectImportOutcome(`{"${field}":${deep},${preset.slice(1)}`)
    expectImportOutcome(`${preset.slice(0, -1)},"database":${deep}}`)
    expectImportOutcome('['.repeat(100_000) + ']'.repeat(100_000))
  })

  it('never lets a __proto__ or constructor key reach Object.prototype', () => {
    const preset = JSON.stringify(PRESET_SCENARIOS[0])
    for (const key of ['__proto__', 'constructor'])
      for (const at of [preset.indexOf('{') + 1, preset.indexOf('"database":{') + 12, preset.indexOf('"count":{') + 9]) {
        const text = `${preset.slice(0, at)}"${key}":{"polluted":true,"prototype":{"polluted":true}},${preset.slice(at)}`
        const result = parseScenarioJson(text)
        expect(result.ok).toBe(false)
        expectClearOutcome(result)
        expectPrototypesUntouched()
      }
  })
})
