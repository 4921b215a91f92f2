import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { parseScenario } from './parse-scenario'
import { parseSavedState, serialiseSavedState } from './saved-state'
import { editText, mutate, mutation, textEdit } from './testing/arbitrary-mutation'
import { presetScenario, validScenario } from '../../data/presets/testing/arbitrary-scenario'
import { expectClearMessage, expectPrototypesUntouched } from './testing/clear-outcome'

/** A save either restores a scenario the schema accepts, or says in a sentence why it was ignored. */
function expectRestoreOutcome(text: string): void {
  const saved = parseSavedState(text)
  if (saved.ok) expect(parseScenario(saved.value.scenario)).toEqual({ ok: true, value: saved.value.scenario })
  else expectClearMessage(saved.message)
}

const savedAt = '2026-11-24T00:00:00.000Z'

describe('parseSavedState: any saved text restores or is ignored with a sentence', () => {
  afterEach(expectPrototypesUntouched)

  it('ignores random text with a sentence, never throwing', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), expectRestoreOutcome), { numRuns: 300 })
  })

  it('ignores random JSON with a sentence', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => expectRestoreOutcome(JSON.stringify(value))), { numRuns: 200 })
  })

  it('restores every save it wrote, exactly', () => {
    fc.assert(
      fc.property(validScenario, fc.option(fc.string({ maxLength: 20 })), (scenario, presetId) => {
        expect(parseSavedState(serialiseSavedState(scenario, presetId, savedAt))).toEqual({ ok: true, value: { version: 1, savedAt, presetId, scenario } })
      }),
      { numRuns: 60 },
    )
  })

  it('restores or ignores a save whose envelope or scenario was changed by another version or by hand', () => {
    fc.assert(
      fc.property(presetScenario, fc.array(mutation, { minLength: 1, maxLength: 2 }), (scenario, mutations) => {
        const envelope = JSON.parse(serialiseSavedState(scenario, 'swiftlogix', savedAt)) as unknown
        expectRestoreOutcome(JSON.stringify(mutations.reduce(mutate, envelope)))
      }),
      { numRuns: 250 },
    )
  })

  it('ignores a save cut short or corrupted, with a sentence', () => {
    fc.assert(
      fc.property(presetScenario, fc.array(textEdit, { minLength: 1, maxLength: 3 }), (scenario, edits) =>
        expectRestoreOutcome(edits.reduce(editText, serialiseSavedState(scenario, null, savedAt))),
      ),
      { numRuns: 200 },
    )
  })
})
