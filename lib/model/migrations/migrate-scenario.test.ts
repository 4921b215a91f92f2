import { describe, expect, it } from 'vitest'
import { findPreset } from '../../../data/presets'
import { CONFIG_SCHEMA_VERSION } from '../architecture'
import { parseScenario } from '../parse-scenario'
import { migrateScenario } from './migrate-scenario'

const current = () => structuredClone(findPreset('swiftlogix')!.scenario)

/** The swiftlogix preset as model version 1 wrote it. */
function asVersion1() {
  const s = current()
  return { config: { ...s.config, schemaVersion: 1 }, requirements: { schemaVersion: 1, ...s.requirements } }
}

describe('migrateScenario', () => {
  it('hands a scenario of the current version back untouched, as the same object', () => {
    const s = current()
    const result = migrateScenario(s)
    expect(result).toEqual({ ok: true, value: s, fromVersion: CONFIG_SCHEMA_VERSION })
    expect(result.ok && result.value).toBe(s)
  })

  it('brings a version 1 scenario up to the current version, which the schema then accepts as the preset', () => {
    const v1 = asVersion1()
    const result = migrateScenario(v1)
    expect(result).toMatchObject({ ok: true, fromVersion: 1 })
    expect(result.ok && parseScenario(result.value)).toEqual({ ok: true, value: current() })
  })

  it('never changes the scenario it migrates', () => {
    const v1 = Object.freeze(asVersion1())
    const before = JSON.stringify(v1)
    migrateScenario(v1)
    expect(JSON.stringify(v1)).toBe(before)
  })

  it('refuses a scenario saved by a newer ArchDeck, saying which versions this one reads', () => {
    const s = { ...current(), config: { ...current().config, schemaVersion: CONFIG_SCHEMA_VERSION + 1 } }
    expect(migrateScenario(s)).toEqual({
      ok: false,
      kind: 'version',
      errors: [
        {
          path: 'config.schemaVersion',
          message: `was saved by a newer ArchDeck (model version ${CONFIG_SCHEMA_VERSION + 1}; this one reads up to ${CONFIG_SCHEMA_VERSION})`,
          reason: { code: 'model.version-newer', params: { declared: CONFIG_SCHEMA_VERSION + 1, current: CONFIG_SCHEMA_VERSION } },
        },
      ],
    })
  })

  it('refuses a version older than the first ArchDeck wrote, or not a whole number', () => {
    const at = (version: number) => migrateScenario({ ...current(), config: { ...current().config, schemaVersion: version } })
    expect(at(0)).toMatchObject({ ok: false, kind: 'version', errors: [{ path: 'config.schemaVersion', message: `comes from model version 0, which this ArchDeck cannot read (it reads model versions 1 to ${CONFIG_SCHEMA_VERSION})` }] })
    expect(at(1.5)).toMatchObject({ ok: false, kind: 'version', errors: [{ path: 'config.schemaVersion' }] })
  })

  it('leaves an input that names no version to the schema, which says what is missing', () => {
    for (const input of [null, 'text', [], {}, { config: [] }, { config: { schemaVersion: '1' } }]) expect(migrateScenario(input)).toEqual({ ok: true, value: input, fromVersion: null })
    const { schemaVersion: _dropped, ...config } = current().config
    expect(parseScenario({ ...current(), config })).toMatchObject({ ok: false, errors: [{ path: 'config.schemaVersion', message: `is required (one of ${CONFIG_SCHEMA_VERSION})` }] })
  })

  it('reads a stored payload at the version recorded beside it', () => {
    // scenario_versions.schema_version, not the payload, says which ArchDeck wrote a stored row.
    const v1 = asVersion1()
    expect(migrateScenario(v1, { version: 1 })).toMatchObject({ ok: true, fromVersion: 1 })
    expect(migrateScenario(current(), { version: 99 })).toMatchObject({ ok: false, kind: 'version' })
  })
})
