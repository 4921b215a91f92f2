import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { decodeScenarioParam, encodeScenarioParam } from './scenario-link'
import { editText, mutate, mutation, textEdit } from './testing/arbitrary-mutation'
import { presetScenario, validScenario } from '../../data/presets/testing/arbitrary-scenario'
import { expectClearOutcome, expectPrototypesUntouched } from './testing/clear-outcome'

/** The `?s=` form of arbitrary bytes: base64url without padding. */
function toParam(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decodeScenarioParam: any link gives a scenario or a clear error', () => {
  afterEach(expectPrototypesUntouched)

  it('reports random text, never throwing', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (param) => expectClearOutcome(decodeScenarioParam(param))), { numRuns: 400 })
  })

  it('reports random base64url, including bytes that are not UTF-8', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => expectClearOutcome(decodeScenarioParam(toParam(bytes)))), { numRuns: 400 })
  })

  it('reports base64url of random JSON by the field that is wrong', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => expectClearOutcome(decodeScenarioParam(toParam(utf8(JSON.stringify(value)))))),
      { numRuns: 200 },
    )
  })

  it('opens every valid link as the very scenario that was encoded', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        expect(decodeScenarioParam(encodeScenarioParam(scenario))).toEqual({ ok: true, value: scenario })
      }),
      { numRuns: 80 },
    )
  })

  it('reports a valid link with flipped characters, cut short or with text spliced in', () => {
    fc.assert(
      fc.property(presetScenario, fc.array(textEdit, { minLength: 1, maxLength: 3 }), (scenario, edits) =>
        expectClearOutcome(decodeScenarioParam(edits.reduce(editText, encodeScenarioParam(scenario)))),
      ),
      { numRuns: 250 },
    )
  })

  it('reports a link whose scenario has fields deleted, retyped or keyed __proto__', () => {
    fc.assert(
      fc.property(presetScenario, mutation, (scenario, m) => expectClearOutcome(decodeScenarioParam(toParam(utf8(JSON.stringify(mutate(scenario, m))))))),
      { numRuns: 200 },
    )
  })
})
