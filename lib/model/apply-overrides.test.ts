import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { applyOverrides } from './apply-overrides'

const swiftlogix = () => structuredClone(findPreset('swiftlogix')!.scenario)

describe('applyOverrides', () => {
  it('sets every service to N tasks, widening min and max', () => {
    const result = applyOverrides(swiftlogix(), ['tasksPerService=20'])
    expect(result.ok).toBe(true)
    if (result.ok) for (const s of result.value.config.services) expect(s.count).toEqual({ min: 2, desired: 20, max: 20 })
  })

  it('maps natGateways 0/1/2 to none/single/per-az and fixes the app route', () => {
    const none = applyOverrides(swiftlogix(), ['natGateways=0'])
    expect(none.ok && none.value.config.network.nat.mode).toBe('none')
    expect(none.ok && none.value.config.network.routing['private-app'].defaultRoute).toBe('none')
    const perAz = applyOverrides(swiftlogix(), ['natGateways=2'])
    expect(perAz.ok && perAz.value.config.network.nat.mode).toBe('per-az')
  })

  it('parses JSON values on dotted paths and leaves other text as strings', () => {
    const result = applyOverrides(swiftlogix(), ['database.storageGb=100', 'name=My plan', 'requirements.budget.currency=USD'])
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.value.config.database.storageGb).toBe(100)
      expect(result.value.config.name).toBe('My plan')
      expect(result.value.requirements.budget.currency).toBe('USD')
    }
  })

  it('does not change the scenario it was given', () => {
    const original = swiftlogix()
    applyOverrides(original, ['database.storageGb=100', 'tasksPerService=5'])
    expect(original).toEqual(swiftlogix())
  })

  it('explains an override that makes the config invalid', () => {
    const result = applyOverrides(swiftlogix(), ['database.engine=oracle'])
    expect(result.ok).toBe(false)
    expect(!result.ok && 'message' in result && result.message).toMatch(/config.database.engine: must be one of "postgresql", "mysql"/)
  })

  // Shrunk counterexamples of apply-overrides.property.test.ts.
  it('rejects an empty or non-decimal tasksPerService instead of reading it as 0 or 16', () => {
    for (const raw of ['', '0x10', '1e2', '+3', '3.0'])
      expect(applyOverrides(swiftlogix(), [`tasksPerService=${raw}`])).toEqual({
        ok: false,
        reason: { code: 'model.set.tasks-per-service', params: { raw, maximum: 500 } },
        message: `tasksPerService must be a whole number from 0 to 500 (got "${raw}")`,
      })
  })

  it('rejects a key the config does not have instead of dropping it silently', () => {
    for (const key of ['!', 'servics', 'services.0.loadBalancr', 'securityGroups.0.ingress.0.note', 'requirements.traffic.peek']) {
      const result = applyOverrides(swiftlogix(), [`${key}=1`])
      expect(result.ok, key).toBe(false)
      expect(!result.ok && 'message' in result && result.message).toMatch(/unknown field/)
    }
  })

  it('rejects a list index that is not plain digits', () => {
    const result = applyOverrides(swiftlogix(), ['securityGroups.2.ingress.1e0='])
    expect(result).toEqual({
      ok: false,
      reason: { code: 'model.set.index-out-of-range', params: { path: 'securityGroups.2.ingress.1e0', index: '1e0', length: 2 } },
      message: '"securityGroups.2.ingress.1e0": index 1e0 is out of range (0 to 2)',
    })
  })
})
