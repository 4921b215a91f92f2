import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { CONFIG_SCHEMA_VERSION } from './architecture'
import { checkScenarioLink, decodeScenarioParam, encodeScenarioParam } from './scenario-link'
import { parseSavedState, serialiseSavedState } from './saved-state'

const scenario = () => structuredClone(findPreset('swiftlogix')!.scenario)

describe('scenario links', () => {
  it('round-trips a scenario through a URL-safe parameter', () => {
    const s = scenario()
    s.config.name = 'Plan "B" — 서울 ${x}'
    const param = encodeScenarioParam(s)
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(decodeScenarioParam(param)).toEqual({ ok: true, value: s })
  })

  it('reports a mangled link instead of throwing', () => {
    expect(decodeScenarioParam('not*base64')).toMatchObject({ ok: false, errors: [{ path: '(link)' }] })
    expect(decodeScenarioParam(encodeScenarioParam(scenario()).slice(0, 40)).ok).toBe(false)
  })

  it('reports a link whose JSON does not fit the model with the field', () => {
    const bad = btoa(JSON.stringify({ config: {}, requirements: {} }))
    const result = decodeScenarioParam(bad)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[0]!.path).toMatch(/^config\./)
  })

  it('says a link made by a newer ArchDeck needs that ArchDeck, and is not over the limits', () => {
    const s = scenario() as unknown as { config: { schemaVersion: number } }
    s.config.schemaVersion = CONFIG_SCHEMA_VERSION + 1
    const newer = `was saved by a newer ArchDeck (model version ${CONFIG_SCHEMA_VERSION + 1}; this one reads up to ${CONFIG_SCHEMA_VERSION})`
    const param = encodeScenarioParam(s as never)
    const reason = { code: 'model.version-newer', params: { declared: CONFIG_SCHEMA_VERSION + 1, current: CONFIG_SCHEMA_VERSION } }
    expect(decodeScenarioParam(param)).toEqual({ ok: false, errors: [{ path: 'config.schemaVersion', message: newer, reason }], kind: 'version', overLimits: false })
    expect(checkScenarioLink(param)).toEqual({ ok: false, errors: [{ path: 'config.schemaVersion', message: newer, reason }], overLimits: false })
  })
})

describe('saved state', () => {
  it('restores what was saved', () => {
    const text = serialiseSavedState(scenario(), 'swiftlogix', '2026-11-24T00:00:00.000Z')
    expect(parseSavedState(text)).toEqual({ ok: true, value: { version: 1, savedAt: '2026-11-24T00:00:00.000Z', presetId: 'swiftlogix', scenario: scenario() } })
  })

  it('ignores a corrupted save with a sentence', () => {
    expect(parseSavedState('{"version":1,')).toEqual({ ok: false, reason: { code: 'model.saved.corrupted', params: {} }, message: 'The saved work in this browser is corrupted and was ignored.' })
  })

  it('ignores a save from another format version', () => {
    const text = JSON.stringify({ version: 99, savedAt: 'x', presetId: null, scenario: scenario() })
    expect(parseSavedState(text)).toMatchObject({ ok: false, message: expect.stringMatching(/save format 99, expected 1/) })
  })

  it('ignores work saved by a newer ArchDeck with a sentence that says so', () => {
    const s = scenario() as unknown as { config: { schemaVersion: number } }
    s.config.schemaVersion = CONFIG_SCHEMA_VERSION + 1
    expect(parseSavedState(JSON.stringify({ version: 1, savedAt: 'x', presetId: null, scenario: s }))).toMatchObject({
      ok: false,
      reason: { code: 'model.saved.unreadable-version', params: { problem: { reason: { code: 'model.version-newer' } } } },
      message: `The saved work in this browser was saved by a newer ArchDeck (model version ${CONFIG_SCHEMA_VERSION + 1}; this one reads up to ${CONFIG_SCHEMA_VERSION}), and was ignored.`,
    })
  })

  it('ignores a save whose scenario no longer validates', () => {
    const s = scenario() as unknown as { config: { region: string } }
    s.config.region = 'mars-1'
    const result = parseSavedState(JSON.stringify({ version: 1, savedAt: 'x', presetId: null, scenario: s }))
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/config.region/) })
  })
})
