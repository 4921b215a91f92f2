import { describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { CONFIG_SCHEMA_VERSION, serialiseSavedState } from '@/lib/model'
import { EDITED_SWIFTLOGIX, readFrozenText, rebuild } from '@/data/presets/testing/frozen-v1-files'
import { createDashboardStore } from './dashboard-store'
import { initialStateFor, readSavedWork } from './initial-state'

/** Files written by model version 1 (lib/model/migrations/fixtures/v1) still open in the dashboard. */
describe('the dashboard with model version 1 files', () => {
  it('imports a config exported by model version 1 as the design it was made from', () => {
    const store = createDashboardStore(initialStateFor('mau-1m'))
    expect(store.getState().importScenarioText(readFrozenText('edited-swiftlogix.archdeck.json'), 'plan.archdeck.json')).toBe(true)
    expect(store.getState()).toMatchObject({ scenario: rebuild(EDITED_SWIFTLOGIX), presetId: null, notice: { kind: 'info', text: 'Imported plan.archdeck.json.' } })
  })

  it('refuses a config from a newer ArchDeck, says so and keeps the current work', () => {
    const store = createDashboardStore(initialStateFor('mau-1m'))
    const before = store.getState().scenario
    const newer = readFrozenText('edited-swiftlogix.archdeck.json').replace('"schemaVersion": 1,', `"schemaVersion": ${CONFIG_SCHEMA_VERSION + 1},`)
    expect(store.getState().importScenarioText(newer, 'plan.archdeck.json')).toBe(false)
    expect(store.getState().scenario).toBe(before)
    expect(store.getState().notice?.text).toBe(
      `plan.archdeck.json was not imported: config.schemaVersion: was saved by a newer ArchDeck (model version ${CONFIG_SCHEMA_VERSION + 1}; this one reads up to ${CONFIG_SCHEMA_VERSION}). Your current work is unchanged.`,
    )
  })

  it('restores work autosaved by model version 1', () => {
    expect(readSavedWork(readFrozenText('archdeck-work.txt'))).toEqual({ kind: 'restore', scenario: rebuild(EDITED_SWIFTLOGIX), presetId: 'swiftlogix', savedAt: expect.any(String) })
  })

  // The preset's ALB has since said its routing (least outstanding requests, issue 13); the save,
  // which cannot hold it, is the preset as it was, so it opens as that design under its preset id.
  it('restores a preset autosaved by model version 1 as the design it was made from', () => {
    const saved = readSavedWork(readFrozenText('archdeck-work-preset.txt'))
    expect(saved).toEqual({ kind: 'restore', scenario: rebuild({ preset: 'mau-1m', edits: [] }), presetId: 'mau-1m', savedAt: expect.any(String) })
  })

  it('restores an untouched preset as the preset itself, so its link stays short', () => {
    const preset = findPreset('mau-1m')!
    const saved = readSavedWork(serialiseSavedState(preset.scenario, 'mau-1m', '2026-12-06T00:00:00.000Z'))
    expect(saved.kind === 'restore' && saved.scenario).toBe(preset.scenario)
  })
})
