import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../../data/presets'
import { parseScenario } from '../parse-scenario'
import { v1ToV2 } from './v1-to-v2'

describe('model version 2: one version number per scenario', () => {
  it('drops requirements.schemaVersion and writes 2 in config.schemaVersion', () => {
    const result = v1ToV2.up({ config: { schemaVersion: 1, name: 'x' }, requirements: { schemaVersion: 1, budget: {} } })
    expect(result).toEqual({ ok: true, value: { config: { schemaVersion: 2, name: 'x' }, requirements: { budget: {} } } })
  })

  it('opens every preset written as version 1 as exactly today\'s preset', () => {
    // Nothing an engine reads changes, so every figure of every preset stays the same.
    for (const preset of PRESETS) {
      const v1 = { config: { ...preset.scenario.config, schemaVersion: 1 }, requirements: { schemaVersion: 1, ...preset.scenario.requirements } }
      expect(parseScenario(v1), preset.id).toEqual({ ok: true, value: preset.scenario })
    }
  })

  it('refuses a version 1 file whose requirements.schemaVersion version 1 itself refused', () => {
    expect(v1ToV2.up({ config: { schemaVersion: 1 }, requirements: { schemaVersion: 7 } })).toEqual({
      ok: false,
      errors: [{ path: 'requirements.schemaVersion', message: 'must be 1 in a model version 1 scenario (it is 7)', reason: { code: 'model.v1-requirements-version', params: { found: '7' } } }],
    })
  })

  it('takes a version 1 file that already left requirements.schemaVersion out as meant', () => {
    expect(v1ToV2.up({ config: { schemaVersion: 1 }, requirements: {} })).toEqual({ ok: true, value: { config: { schemaVersion: 2 }, requirements: {} } })
  })

  it('refuses requirements.schemaVersion in a version 2 scenario, since version 2 has no such field', () => {
    const s = PRESETS[0]!.scenario
    expect(parseScenario({ ...s, requirements: { ...s.requirements, schemaVersion: 2 } })).toMatchObject({ ok: false, errors: [{ path: 'requirements', message: 'unknown field "schemaVersion"' }] })
  })
})
