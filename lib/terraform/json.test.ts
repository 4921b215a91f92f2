import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../data/presets'
import { canonicalize, toPrettyJson, type JsonObject } from './json'
import { exportTerraform } from './index'

describe('toPrettyJson', () => {
  it('writes the same bytes as JSON.stringify of the canonical form', () => {
    const samples: JsonObject[] = [
      { b: 1, a: undefined, c: [{ z: 1, y: 2 }, [], {}], d: 'x"${y}"\n한글', e: null, f: [1, [2, [3]]], g: { h: { i: true } } },
      {},
      { only: [] },
    ]
    for (const sample of samples) expect(toPrettyJson(sample)).toBe(`${JSON.stringify(canonicalize(sample), null, 2)}\n`)
  })

  it('writes the same bytes as JSON.stringify for any value, index-like keys first', () => {
    const key = fc.oneof(fc.string(), fc.constantFrom('0', '1', '10', '2', '01', '-1', '4294967294', '4294967295', 'a', 'B', '__proto__'))
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.constant(undefined),
        fc.array(tie('tree')),
        fc.dictionary(key, tie('tree')),
      ),
    }))
    fc.assert(
      fc.property(fc.dictionary(key, tree), (sample) => {
        const value = sample as JsonObject
        expect(toPrettyJson(value)).toBe(`${JSON.stringify(canonicalize(value), null, 2)}\n`)
      }),
      { numRuns: 500 },
    )
  })

  it('matches JSON.stringify on every preset export', () => {
    for (const preset of PRESETS)
      for (const file of exportTerraform(preset.scenario.config).files) {
        const parsed = JSON.parse(file.content) as JsonObject
        expect(file.content).toBe(`${JSON.stringify(canonicalize(parsed), null, 2)}\n`)
      }
  })
})
