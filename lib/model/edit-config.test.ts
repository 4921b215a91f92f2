import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { setFargateSize, setMaxTasksPerService } from './edit-config'
import { parseScenario } from './parse-scenario'

describe('setMaxTasksPerService', () => {
  it('sets every service\'s count.max and leaves min and desired as they were', () => {
    const { scenario } = findPreset('swiftlogix')!
    const config = setMaxTasksPerService(scenario.config, 20)
    expect(config.services.map((s) => s.count)).toEqual(scenario.config.services.map((s) => ({ ...s.count, max: 20 })))
    expect(scenario.config.services[0]!.count.max).toBe(14)
  })

  it('raises nothing else: a maximum below a desired count is left for the schema to refuse', () => {
    const { scenario } = findPreset('swiftlogix')!
    const parsed = parseScenario({ ...scenario, config: setMaxTasksPerService(scenario.config, 1) })
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.errors[0]).toMatchObject({ path: 'config.services[0].count.max', message: 'max must be at least desired' })
  })
})

describe('setFargateSize', () => {
  it('keeps the size a service time was measured on: the current vCPU when the service did not say', () => {
    const { scenario } = findPreset('swiftlogix-seoul-final')!
    const once = setFargateSize(scenario.config, 0.5, 1)
    const twice = setFargateSize(once, 1, 2)
    for (const s of twice.services) {
      expect(s.compute).toMatchObject({ kind: 'fargate', vcpu: 1, memoryGb: 2 })
      expect(s.performance.measuredOnVcpu).toBe(0.25)
    }
  })

  it('keeps a preset\'s own measuredOnVcpu (SwiftLogix: 0.5 vCPU)', () => {
    const { scenario } = findPreset('swiftlogix')!
    expect(setFargateSize(scenario.config, 0.25, 0.5).services.map((s) => s.performance.measuredOnVcpu)).toEqual([0.5, 0.5, 0.5])
  })
})
