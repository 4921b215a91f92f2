import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { applyOverrides } from './apply-overrides'
import { parseScenario } from './parse-scenario'
import { presetScenario, PRESET_SCENARIOS } from '../../data/presets/testing/arbitrary-scenario'
import { expectClearMessage, expectPrototypesUntouched } from './testing/clear-outcome'
import type { Scenario } from './scenario'

/** Every dotted path to a value in a scenario: 'config.services.0.count.max', … */
function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [prefix]
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, [...prefix, key]))
}

const PATHS = [...new Set(PRESET_SCENARIOS.flatMap((s) => leafPaths(s)).map((p) => p.join('.')))].map((p) => p.split('.'))
const SHORTCUTS = ['tasksPerService', 'dbMultiAz', 'natGateways', 'region']
const ODD_SEGMENTS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'length', '', ' ', '-1', '999', '1e0', '0x1', '주문', '$', 'polluted']

/** A real path (with or without `config.`), possibly cut short, extended or with one segment swapped. */
const key: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...SHORTCUTS),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc
    .record({
      path: fc.constantFrom(...PATHS),
      dropConfig: fc.boolean(),
      cut: fc.nat(),
      swap: fc.option(fc.record({ at: fc.nat(), segment: fc.oneof(fc.constantFrom(...ODD_SEGMENTS), fc.string({ maxLength: 4 })) }), { freq: 2 }),
      extra: fc.option(fc.constantFrom(...ODD_SEGMENTS), { freq: 4 }),
    })
    .map(({ path, dropConfig, cut, swap, extra }) => {
      let segments = dropConfig && path[0] === 'config' ? path.slice(1) : [...path]
      if (cut % 4 === 0) segments = segments.slice(0, 1 + (cut % segments.length))
      if (swap) segments[swap.at % segments.length] = swap.segment
      if (extra !== null) segments.push(extra)
      return segments.join('.')
    }),
)

const value: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('0', '1', '2', '-1', '3.5', '1e999', 'NaN', 'true', 'false', 'null', '', ' ', '[]', '{}', '"x"', '0x10', '1e2', '500', '501', 'db.t3.small', 'us-east-1', '${x}'),
  fc.constantFrom('{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}'),
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
)

const override = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}=${v}`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
)

/** The value at a dotted path of the scenario (the path may leave out `config.`). */
function valueAt(scenario: Scenario, path: string): unknown {
  const segments = path.split('.')
  const rooted = segments[0] === 'config' || segments[0] === 'requirements' ? segments : ['config', ...segments]
  return rooted.reduce<unknown>((node, segment) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined), scenario)
}

describe('applyOverrides: any --set gives a valid scenario or one clear line', () => {
  afterEach(expectPrototypesUntouched)

  it('applies or rejects random KEY=VALUE lists, never throwing or changing its input', () => {
    fc.assert(
      fc.property(presetScenario, fc.array(override, { minLength: 1, maxLength: 3 }), (scenario, overrides) => {
        const before = JSON.stringify(scenario)
        const result = applyOverrides(scenario, overrides)
        if (result.ok) expect(parseScenario(result.value)).toEqual({ ok: true, value: result.value })
        else expectClearMessage('message' in result ? result.message : '')
        expect(JSON.stringify(scenario)).toBe(before)
        expectPrototypesUntouched()
      }),
      { numRuns: 700 },
    )
  })

  it('never accepts a path override without setting that path', () => {
    fc.assert(
      fc.property(presetScenario, key, value, (scenario, k, v) => {
        fc.pre(!SHORTCUTS.includes(k.trim()))
        const result = applyOverrides(scenario, [`${k}=${v}`])
        if (result.ok) expect(valueAt(result.value, k.trim())).not.toBeUndefined()
      }),
      { numRuns: 300 },
    )
  })

  it('reads tasksPerService only as a whole number from 0 to 500', () => {
    fc.assert(
      fc.property(presetScenario, fc.oneof(fc.constantFrom('', ' ', '0x10', '1e2', '+3', '3.0', '-0', '007'), fc.string({ maxLength: 4 }), fc.nat({ max: 600 }).map(String)), (scenario, raw) => {
        const result = applyOverrides(scenario, [`tasksPerService=${raw}`])
        const trimmed = raw.trim()
        expect(result.ok).toBe(/^\d+$/.test(trimmed) && Number(trimmed) <= 500)
        if (result.ok) for (const service of result.value.config.services) expect(service.count.desired).toBe(Number(trimmed))
      }),
      { numRuns: 300 },
    )
  })

  it('refuses every path through __proto__, constructor or prototype', () => {
    for (const path of ['__proto__.polluted', 'constructor.prototype.polluted', 'config.__proto__.polluted', 'services.0.__proto__.polluted', 'requirements.budget.constructor.prototype.polluted', 'services.__proto__.polluted', '__proto__'])
      for (const raw of ['1', '{"polluted":true}']) {
        const result = applyOverrides(PRESET_SCENARIOS[0]!, [`${path}=${raw}`])
        expect(result.ok).toBe(false)
        expectPrototypesUntouched()
      }
  })
})
