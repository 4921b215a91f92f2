import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { resolveGoals } from './goals'
import { searchDesigns } from './search'
import { selectValidShown } from './shown-designs'

describe('selectValidShown', () => {
  it('drops a shown design the schema refuses and chooses again from the rest, returning parsed scenarios', () => {
    const scenario = structuredClone(findPreset('swiftlogix')!.scenario)
    const goals = resolveGoals(scenario)
    const examined = searchDesigns(scenario, goals, 120)
    const honest = selectValidShown(examined, goals)
    expect(honest.best).not.toBeNull()
    // The best as a lever might have built it wrong: four AZs (the schema allows two or three).
    const broken = { ...honest.best!, scenario: { ...honest.best!.scenario, config: { ...honest.best!.scenario.config, network: { ...honest.best!.scenario.config.network, azCount: 4 } } } }
    const again = selectValidShown(examined.map((d) => (d === honest.best ? broken : d)), goals)
    expect(again.best).not.toBe(broken)
    expect(again.frontier).not.toContain(broken)
    expect(again.best!.monthlyUsd).toBeGreaterThanOrEqual(honest.best!.monthlyUsd)
    for (const d of [again.best!, ...again.frontier]) expect(again.parsed.get(d)!.config.network.azCount).toBeLessThanOrEqual(3)
  })
})
