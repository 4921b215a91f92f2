import { describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { CONFIG_SCHEMA_VERSION } from '@/lib/model'
import { FROZEN_STORE, madeFromOfStoredVersion, rebuild } from '@/data/presets/testing/frozen-v1-files'
import { readStoredScenario, type StoredRow } from './read-stored-scenario'

const base = findPreset('swiftlogix')!.scenario
const row = (over: Partial<StoredRow>): StoredRow => ({ scenarioId: 'sc_1', scenarioName: 'Plan', version: 3, schemaVersion: CONFIG_SCHEMA_VERSION, payload: base, ...over })

describe('readStoredScenario', () => {
  it.each(FROZEN_STORE.scenario_versions.map((v) => [v.version, v.scenarioId, v]))('reads frozen model version 1 row v%s of %s as the design it was made from', (_version, _id, stored) => {
    const name = FROZEN_STORE.scenarios.find((s) => s.id === stored.scenarioId)!.name
    expect(stored.schemaVersion).toBe(1)
    const read = readStoredScenario({ scenarioId: stored.scenarioId, scenarioName: name, version: stored.version, schemaVersion: stored.schemaVersion, payload: stored.payload })
    expect(read).toEqual({ ok: true, scenario: rebuild(madeFromOfStoredVersion(name, stored.version)) })
  })

  it('never changes the stored payload it migrates', () => {
    const stored = FROZEN_STORE.scenario_versions[0]!
    const before = JSON.stringify(stored.payload)
    readStoredScenario({ scenarioId: stored.scenarioId, scenarioName: 'Plan', version: 1, schemaVersion: 1, payload: stored.payload })
    expect(JSON.stringify(stored.payload)).toBe(before)
  })

  it('reads the row at the version its schema_version column records', () => {
    // The column, not the payload, says which ArchDeck wrote a row: a version 1 payload that lost
    // its own config.schemaVersion still migrates.
    const stored = FROZEN_STORE.scenario_versions[0]!
    const payload = structuredClone(stored.payload) as { config: Record<string, unknown> }
    delete payload.config.schemaVersion
    const name = FROZEN_STORE.scenarios.find((s) => s.id === stored.scenarioId)!.name
    expect(readStoredScenario(row({ schemaVersion: 1, payload }))).toEqual({ ok: true, scenario: rebuild(madeFromOfStoredVersion(name, stored.version)) })
  })

  it('reports a row saved by a newer ArchDeck, naming both versions', () => {
    const read = readStoredScenario(row({ schemaVersion: CONFIG_SCHEMA_VERSION + 1 }))
    expect(read).toMatchObject({ ok: false, problem: { message: `Stored version 3 of "Plan" was saved by a newer ArchDeck (model version ${CONFIG_SCHEMA_VERSION + 1}; this one reads up to ${CONFIG_SCHEMA_VERSION}). Open it with that version.` } })
  })

  it('reports a row from before the first model version', () => {
    expect(readStoredScenario(row({ schemaVersion: 0 }))).toMatchObject({
      ok: false,
      problem: { message: `Stored version 3 of "Plan" comes from model version 0, which this ArchDeck cannot read (it reads model versions 1 to ${CONFIG_SCHEMA_VERSION}).`, errors: [] },
    })
  })

  it('reports a version 1 row that version 1 itself would have refused, with the field', () => {
    const payload = { ...base, config: { ...base.config, schemaVersion: 1 }, requirements: { ...base.requirements, schemaVersion: 5 } }
    expect(readStoredScenario(row({ schemaVersion: 1, payload }))).toMatchObject({
      ok: false,
      problem: { message: 'Stored version 3 of "Plan" does not fit the current model: requirements.schemaVersion: must be 1 in a model version 1 scenario (it is 5)', errors: [{ path: 'requirements.schemaVersion' }] },
    })
  })
})
