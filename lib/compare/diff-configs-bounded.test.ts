import { describe, expect, it } from 'vitest'
import { buildLargeScenario } from '../../bench/large-config'
import { findPreset, PRESETS } from '../../data/presets'
import { sayCompare } from '../i18n/catalog/say-compare'
import { changesEvaluatedAlone, diffConfigs, MAX_CHANGES_EVALUATED } from './diff-configs'

describe('a diff prices a bounded number of changes alone', () => {
  it('prices every change between any two presets', () => {
    for (const a of PRESETS) expect(changesEvaluatedAlone(a.scenario)).toBe(MAX_CHANGES_EVALUATED)
    const changes = diffConfigs(findPreset('swiftlogix-seoul-plan2')!.scenario, findPreset('petclinic-3tier')!.scenario)
    expect(changes.length).toBeLessThanOrEqual(MAX_CHANGES_EVALUATED)
    expect(changes.flatMap((c) => c.effects).some((e) => e.code === 'compare.effect.not-priced')).toBe(false)
  })

  it('evaluates only the first few of fifty changes between two large designs, and says so for the rest', () => {
    const a = buildLargeScenario(50)
    const b = structuredClone(a)
    // Each service gets its own count, so none of the fifty changes merges into one.
    b.config.services.forEach((s, i) => (s.count = { min: s.count.min, desired: s.count.desired + 1 + (i % 5), max: s.count.max + 10 + i }))
    const limit = changesEvaluatedAlone(a)
    expect(limit).toBeLessThan(50)
    const changes = diffConfigs(a, b)
    expect(changes.length).toBeGreaterThanOrEqual(50)
    const unpriced = changes.filter((c) => sayCompare('en', c.effects[0]!) === `not evaluated alone: only the first ${limit} changes of a design this large are`)
    expect(unpriced).toHaveLength(changes.length - limit)
    expect(unpriced.every((c) => c.impact === null && c.effectTones[0] === 'unknown')).toBe(true)
  })
})
