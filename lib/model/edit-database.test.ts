import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { parseScenario } from './parse-scenario'
import { patchDatabase } from './edit-database'
import type { ArchitectureConfig } from './architecture'

const seed = () => findPreset('swiftlogix')!.scenario
const check = (config: ArchitectureConfig) => parseScenario({ ...seed(), config })

describe('patchDatabase', () => {
  it('changes what it is asked and leaves the input as it was', () => {
    const before = seed().config
    const config = patchDatabase(before, { multiAz: true, readReplicas: 1, backupRetentionDays: 7, insights: 'standard', encrypted: true, publiclyAccessible: false, storageType: 'gp3', storageGb: 50 })
    expect(config.database).toMatchObject({ multiAz: true, readReplicas: 1, backupRetentionDays: 7, insights: 'standard', storageGb: 50 })
    expect(before.database.multiAz).toBe(false)
    expect(check(config).ok).toBe(true)
  })

  it('keeps a class no price book knows (its price is unknown) and refuses one of the wrong shape', () => {
    expect(check(patchDatabase(seed().config, { instanceClass: 'db.z9.huge' })).ok).toBe(true)
    const parsed = check(patchDatabase(seed().config, { instanceClass: 'huge' }))
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.errors[0]!.path).toBe('config.database.instanceClass')
  })

  it('turns storage autoscaling on with a ceiling and off with null; a ceiling not above the storage is refused', () => {
    const on = patchDatabase(seed().config, { maxStorageGb: 100 })
    expect(on.database.maxStorageGb).toBe(100)
    expect(patchDatabase(on, { maxStorageGb: null }).database).not.toHaveProperty('maxStorageGb')
    const parsed = check(patchDatabase(seed().config, { maxStorageGb: seed().config.database.storageGb }))
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.errors[0]!.path).toBe('config.database.maxStorageGb')
  })

  it('moves the default port with the engine, and keeps a port someone chose', () => {
    expect(patchDatabase(seed().config, { engine: 'mysql' }).database).toMatchObject({ engine: 'mysql', port: 3306 })
    const custom = { ...seed().config, database: { ...seed().config.database, port: 6000 } }
    expect(patchDatabase(custom, { engine: 'mysql' }).database.port).toBe(6000)
  })

  it('refuses read replicas without backups through the schema', () => {
    const parsed = check(patchDatabase(seed().config, { readReplicas: 1, backupRetentionDays: 0 }))
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.errors[0]!.path).toBe('config.database.backupRetentionDays')
  })
})
