import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../data/presets'
import { assessRecovery } from './assess-recovery'
import { listScenarioIds, SCENARIO_IDS } from './scenario-ids'

describe('listScenarioIds', () => {
  it('offers "NAT gateway lost" only to a design with NAT gateways, and what replaces it otherwise', () => {
    const egress = (mode: 'none' | 'single' | 'per-az' | 'instance') => listScenarioIds({ nat: { mode, instanceType: 't3.nano' } })[6]
    expect(egress('single')).toBe('nat-loss')
    expect(egress('per-az')).toBe('nat-loss')
    expect(egress('instance')).toBe('nat-instance-loss')
    expect(egress('none')).toBe('endpoint-loss')
  })

  it('gives every design eight scenarios in SCENARIO_IDS order, so the KPI reads x/8 from the engine', () => {
    for (const { id, scenario } of PRESETS) {
      const ids = assessRecovery(scenario.config, scenario.requirements).scenarios.map((s) => s.id)
      expect(ids, id).toHaveLength(8)
      expect(ids, id).toEqual(SCENARIO_IDS.filter((s) => ids.includes(s)))
    }
  })
})
