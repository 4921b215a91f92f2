import { describe, expect, it } from 'vitest'
import { evaluateScenario } from '../../evaluate'
import { CONFIG_SCHEMA_VERSION } from '../architecture'
import { parseScenarioJson } from '../parse-scenario'
import { parseSavedState } from '../saved-state'
import { checkScenarioLink, decodeScenarioParam } from '../scenario-link'
import { EDITED_SWIFTLOGIX, FROZEN_LINKS, readFrozenText, rebuild, scenarioParamOf } from '../../../data/presets/testing/frozen-v1-files'

/**
 * Files written by model version 1 (lib/model/migrations/fixtures/v1, frozen before version 2)
 * load forever, each through the entry point that reads it, as the design it was made from: the
 * same scenario, so the same figures. The stored rows, the import, the CLI and the browser's
 * restore have their own tests beside their code (see fixtures/v1/README.md).
 */
describe('frozen model version 1 files', () => {
  it('are really version 1 files', () => {
    expect(CONFIG_SCHEMA_VERSION).toBeGreaterThan(1)
    expect(readFrozenText('edited-swiftlogix.archdeck.json')).toMatch(/"schemaVersion": 1,/)
  })

  describe.each(FROZEN_LINKS)('the $name link', (link) => {
    it('opens as the design it was made from, with the same figures', () => {
      const expected = rebuild(link.madeFrom)
      const decoded = decodeScenarioParam(scenarioParamOf(link))
      expect(decoded).toEqual({ ok: true, value: expected })
      expect(decoded.ok && evaluateScenario(decoded.value)).toEqual(evaluateScenario(expected))
    })

    it('passes the check pages run on links before they render', () => {
      expect(checkScenarioLink(scenarioParamOf(link))).toEqual({ ok: true, value: rebuild(link.madeFrom) })
    })
  })

  it.each([
    ['edited-swiftlogix.archdeck.json', EDITED_SWIFTLOGIX],
    ['petclinic-3tier.archdeck.json', { preset: 'petclinic-3tier', edits: [] }],
  ])('reads the exported %s as the design it was made from, with the same figures', (file, madeFrom) => {
    const expected = rebuild(madeFrom)
    const parsed = parseScenarioJson(readFrozenText(file))
    expect(parsed).toEqual({ ok: true, value: expected })
    expect(parsed.ok && evaluateScenario(parsed.value)).toEqual(evaluateScenario(expected))
  })

  it.each([
    ['archdeck-work.txt', EDITED_SWIFTLOGIX, 'swiftlogix'],
    ['archdeck-work-preset.txt', { preset: 'mau-1m', edits: [] }, 'mau-1m'],
  ])('restores the browser save %s as the design it was made from, with the same figures', (file, madeFrom, presetId) => {
    const expected = rebuild(madeFrom)
    const saved = parseSavedState(readFrozenText(file))
    expect(saved).toMatchObject({ ok: true, value: { version: 1, presetId, scenario: expected } })
    expect(saved.ok && evaluateScenario(saved.value.scenario)).toEqual(evaluateScenario(expected))
  })
})
