import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { buildExtremeScenario } from '../../data/presets/testing/extreme-scenarios'
import { EDITED_SWIFTLOGIX, readFrozenText, rebuild } from '../../data/presets/testing/frozen-v1-files'
import { setTasksPerService } from './edit-config'
import { openSavedHistory, readSavedHistoryEntry, SAVED_HISTORY_MAX_CHARS, serialiseSavedHistory, type HistoryEntry, type SavedHistoryRefusal } from './saved-history'
import type { Scenario } from './scenario'

type Step = 'budget' | 'preset'
const isStep = (step: string): step is Step => step === 'budget' || step === 'preset'
const SAVED_AT = '2026-12-06T07:00:00.000Z'

const swiftlogix = findPreset('swiftlogix')!.scenario
function withTasks(tasks: number, scenario: Scenario = swiftlogix): Scenario {
  return { ...scenario, config: setTasksPerService(scenario.config, tasks) }
}
/** The envelope, then every entry, as the dashboard reads them (spread over idle time there). */
function parseSavedHistory(text: string): { ok: true; value: { workSavedAt: string; past: HistoryEntry<Step>[]; future: HistoryEntry<Step>[] } } | SavedHistoryRefusal {
  const opened = openSavedHistory(text)
  if (!opened.ok) return opened
  const read = (items: unknown[]): HistoryEntry<Step>[] | SavedHistoryRefusal => {
    const entries: HistoryEntry<Step>[] = []
    for (const item of items) {
      const entry = readSavedHistoryEntry(item, isStep)
      if (!entry.ok) return entry
      entries.push(entry.value)
    }
    return entries
  }
  const past = read(opened.value.past)
  if (!Array.isArray(past)) return past
  const future = read(opened.value.future)
  if (!Array.isArray(future)) return future
  return { ok: true, value: { workSavedAt: opened.value.workSavedAt, past, future } }
}

const entry = (tasks: number, step: Step = 'budget', scenario?: Scenario): HistoryEntry<Step> => ({ step, presetId: null, scenario: withTasks(tasks, scenario) })

describe('the saved undo history', () => {
  it('reads back what was saved: steps, preset ids and scenarios, in order', () => {
    const history = { past: [{ ...entry(3, 'preset'), presetId: 'swiftlogix' }, entry(4)], future: [entry(6), entry(5)] }
    expect(parseSavedHistory(serialiseSavedHistory(history, SAVED_AT))).toEqual({ ok: true, value: { workSavedAt: SAVED_AT, ...history } })
  })

  it('drops the oldest undo steps first, then the farthest redo steps, to fit the size it is given', () => {
    const one = serialiseSavedHistory({ past: [entry(1)], future: [] }, SAVED_AT).length
    const history = { past: [entry(1), entry(2), entry(3)], future: [entry(9), entry(8)] }
    const fitsFour = serialiseSavedHistory(history, SAVED_AT, one * 4)
    expect(fitsFour.length).toBeLessThanOrEqual(one * 4)
    const four = parseSavedHistory(fitsFour)
    expect(four.ok && four.value.past.map((e) => e.scenario)).toEqual([withTasks(2), withTasks(3)])
    expect(four.ok && four.value.future.map((e) => e.scenario)).toEqual([withTasks(9), withTasks(8)])
    const fitsOne = parseSavedHistory(serialiseSavedHistory(history, SAVED_AT, one * 1.5))
    expect(fitsOne.ok && [fitsOne.value.past.length, fitsOne.value.future.map((e) => e.scenario)]).toEqual([0, [withTasks(8)]])
  })

  it(`stays within ${SAVED_HISTORY_MAX_CHARS.toLocaleString('en')} characters for a hundred steps of the largest design`, () => {
    const largest = buildExtremeScenario()
    const past = Array.from({ length: 100 }, (_, i) => entry(1 + (i % 10), 'budget', largest))
    const text = serialiseSavedHistory({ past, future: [] }, SAVED_AT)
    expect(text.length).toBeLessThanOrEqual(SAVED_HISTORY_MAX_CHARS)
    const read = parseSavedHistory(text)
    expect(read.ok && read.value.past.length).toBeGreaterThan(0)
    // What was kept is the newest end.
    expect(read.ok && read.value.past.at(-1)).toEqual(past.at(-1))
  })

  it('migrates a step saved by an older model, as the autosave and links are', () => {
    const v1 = JSON.parse(readFrozenText('edited-swiftlogix.archdeck.json')) as unknown
    const text = JSON.stringify({ version: 1, workSavedAt: SAVED_AT, past: [{ step: 'budget', presetId: 'swiftlogix', scenario: v1 }], future: [] })
    expect(parseSavedHistory(text)).toEqual({ ok: true, value: { workSavedAt: SAVED_AT, past: [{ step: 'budget', presetId: 'swiftlogix', scenario: rebuild(EDITED_SWIFTLOGIX) }], future: [] } })
  })

  it('refuses, never throwing, a corrupted text, another format, an unknown step and a step that no longer fits the model', () => {
    const valid = JSON.parse(serialiseSavedHistory({ past: [entry(3)], future: [entry(4)] }, SAVED_AT)) as { past: { step: string; scenario: Scenario }[]; future: unknown[] }
    const unknownStep = structuredClone(valid)
    unknownStep.past[0]!.step = 'teleport'
    const misfit = structuredClone(valid)
    misfit.past[0]!.scenario.config.services = []
    expect(parseSavedHistory('{"version":1,')).toEqual({ ok: false, why: 'corrupted', errors: [] })
    expect(parseSavedHistory('[]')).toEqual({ ok: false, why: 'not-a-history', errors: [] })
    expect(parseSavedHistory(JSON.stringify({ ...valid, version: 2 }))).toEqual({ ok: false, why: 'other-version', errors: [] })
    expect(parseSavedHistory(JSON.stringify(unknownStep))).toEqual({ ok: false, why: 'not-a-history', errors: [] })
    expect(parseSavedHistory(JSON.stringify(misfit))).toMatchObject({ ok: false, why: 'entry-does-not-fit', errors: [{ path: 'config.services' }] })
  })
})
