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

  it('matches JSON.stringify on every preset export', () => {
    for (const preset of PRESETS)
      for (const file of exportTerraform(preset.scenario.config).files) {
        const parsed = JSON.parse(file.content) as JsonObject
        expect(file.content).toBe(`${JSON.stringify(canonicalize(parsed), null, 2)}\n`)
      }
  })
})
