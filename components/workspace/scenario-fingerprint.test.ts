import { describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { fingerprintScenario } from './scenario-fingerprint'

describe('fingerprintScenario', () => {
  it('gives the same text for the same scenario whatever the key order', () => {
    const scenario = findPreset('swiftlogix')!.scenario
    const reordered = JSON.parse(JSON.stringify({ requirements: scenario.requirements, config: scenario.config }))
    expect(fingerprintScenario(reordered)).toBe(fingerprintScenario(scenario))
  })

  it('tells an edited scenario from the saved one', () => {
    const scenario = findPreset('swiftlogix')!.scenario
    const edited = { ...scenario, config: { ...scenario.config, database: { ...scenario.config.database, multiAz: !scenario.config.database.multiAz } } }
    expect(fingerprintScenario(edited)).not.toBe(fingerprintScenario(scenario))
  })
})
