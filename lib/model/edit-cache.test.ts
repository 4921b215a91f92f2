import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { parseScenario } from './parse-scenario'
import { addCache, patchCache, removeCache } from './edit-cache'
import type { ArchitectureConfig } from './architecture'

const seed = () => findPreset('swiftlogix')!.scenario
const check = (config: ArchitectureConfig) => parseScenario({ ...seed(), config })

describe('the cache verbs', () => {
  it('add a valid cache in the given groups, edit it and remove it', () => {
    const added = addCache(seed().config, ['rds-sg'])
    expect(added.cache).toMatchObject({ engine: 'valkey', nodeType: 'cache.t4g.micro', nodes: 1, securityGroups: ['rds-sg'] })
    expect(seed().config.cache).toBeUndefined()
    expect(check(added).ok).toBe(true)
    expect(patchCache(added, { engine: 'redis', nodes: 3 }).cache).toMatchObject({ engine: 'redis', nodes: 3 })
    expect(removeCache(added)).not.toHaveProperty('cache')
  })

  it('refuse a node type of the wrong shape and too many nodes through the schema', () => {
    const added = addCache(seed().config, ['rds-sg'])
    const shape = check(patchCache(added, { nodeType: 't3.micro' }))
    expect(shape.ok).toBe(false)
    if (!shape.ok) expect(shape.errors[0]!.path).toBe('config.cache.nodeType')
    expect(check(patchCache(added, { nodes: 7 })).ok).toBe(false)
  })

  it('edit nothing when the design has no cache', () => {
    const config = seed().config
    expect(patchCache(config, { nodes: 2 })).toBe(config)
  })
})
