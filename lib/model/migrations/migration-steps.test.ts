import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CONFIG_SCHEMA_VERSION } from '../architecture'
import { isJsonObject } from './migration-step'
import { MIGRATION_STEPS, OLDEST_MODEL_VERSION } from './migration-steps'

describe('the migration sequence', () => {
  it('has exactly one up-step per version, from the oldest to CONFIG_SCHEMA_VERSION', () => {
    // A bump without its step (or a step out of order) would leave some files unreadable.
    const froms = Array.from({ length: CONFIG_SCHEMA_VERSION - OLDEST_MODEL_VERSION }, (_, i) => OLDEST_MODEL_VERSION + i)
    expect(MIGRATION_STEPS.map((s) => s.from)).toEqual(froms)
    expect(OLDEST_MODEL_VERSION + MIGRATION_STEPS.length).toBe(CONFIG_SCHEMA_VERSION)
  })

  it('describes what each version changes in one sentence', () => {
    for (const step of MIGRATION_STEPS) expect(step.change).toMatch(/^\S.{10,}[^.]$/)
  })

  it('runs every step on any JSON without throwing or changing its input', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (json) => {
        const input = { config: json, requirements: json, other: json }
        const before = JSON.stringify(input)
        for (const step of MIGRATION_STEPS) {
          const result = step.up(input)
          if (result.ok) expect(isJsonObject(result.value)).toBe(true)
          else expect(result.errors.length).toBeGreaterThan(0)
        }
        expect(JSON.stringify(input)).toBe(before)
      }),
      { numRuns: 300 },
    )
  })
})
