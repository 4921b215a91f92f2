import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { priceOptions } from './price-options'

describe('priceOptions', () => {
  const options = priceOptions(findPreset('swiftlogix')!.scenario)
  const byId = (id: string) => options.find((o) => o.id === id)!

  it('prices Multi-AZ as the standby instance and storage, and counts the scenarios it makes automatic (none: RDS already replaces a Single-AZ host by itself)', () => {
    expect(byId('multi-az')).toMatchObject({ applies: true, deltaUsd: 15.44, deltaKrw: 20072, deltaAutoRecovery: 0 })
  })

  it('counts what Multi-AZ does buy: the database recovers within the 5-minute objective (failover in about 2 min, RDS User Guide "Multi-AZ DB instance deployments")', () => {
    expect(byId('multi-az').deltaWithinObjectives).toBe(1)
  })

  it('prices a second NAT gateway at 730 h × $0.045', () => {
    expect(byId('nat-per-az').deltaUsd).toBe(32.85)
  })

  it('prices one more task per service for all three services', () => {
    // 3 × (0.5 × 0.04048 + 1 × 0.004445) × 730 = 54.05; rounding per line gives 54.06.
    expect(byId('one-more-task').deltaUsd).toBeCloseTo(54.06, 1)
  })

  it('labels each option by a code with its facts', () => {
    expect(options.map((o) => o.label)).toEqual([
      { code: 'cost.option.multi-az', params: {} },
      { code: 'cost.option.nat-per-az', params: {} },
      { code: 'cost.option.tasks-per-service', params: { tasks: 3 } },
    ])
  })

  it('marks an option that is already chosen as not applying', () => {
    const scenario = structuredClone(findPreset('swiftlogix')!.scenario)
    scenario.config.database.multiAz = true
    expect(priceOptions(scenario).find((o) => o.id === 'multi-az')).toMatchObject({ applies: false, deltaUsd: 0 })
  })
})
