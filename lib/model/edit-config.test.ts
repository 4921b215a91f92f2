import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { setMaxTasksPerService } from './edit-config'
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
