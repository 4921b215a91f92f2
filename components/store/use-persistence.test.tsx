// @vitest-environment jsdom
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { StoreApi } from 'zustand'
import { findPreset } from '@/data/presets'
import { serialiseSavedState, type Scenario } from '@/lib/model'
import { serialiseSavedHistory } from '@/lib/model/saved-history'
import { mount, type Mounted } from '@/components/pseudo-locale/mount'
import { useDashboardStoreApi, type DashboardState } from './dashboard-store'
import { DashboardStoreProvider } from './dashboard-store-provider'
import { canRedo, canUndo } from './history'
import { initialStateFor } from './initial-state'
import { usePersistence } from './use-persistence'

const WORK_KEY = 'archdeck:work'
const HISTORY_KEY = 'archdeck:history'

let page: Mounted | null = null
afterEach(() => page?.unmount())
beforeEach(() => window.localStorage.clear())

/** Opens the dashboard's store and its persistence, as a page load does (on `linked` when opened from a link); returns the store. */
async function openPage(linked: { scenario: Scenario; presetId: string | null } | null = null): Promise<StoreApi<DashboardState>> {
  page?.unmount()
  let store: StoreApi<DashboardState> | null = null
  function Persisted() {
    usePersistence(linked !== null)
    store = useDashboardStoreApi()
    return null
  }
  page = await mount(
    <DashboardStoreProvider initial={linked ?? initialStateFor()}>
      <Persisted />
    </DashboardStoreProvider>,
  )
  return store!
}

async function until(what: string, condition: () => boolean): Promise<void> {
  for (let round = 0; round < 200 && !condition(); round++) await act(async () => void (await new Promise((r) => setTimeout(r, 10))))
  if (!condition()) throw new Error(`timed out waiting for ${what}`)
}

/** Waits for the autosave of the store's current history (written 150 ms after a change). */
async function saved(store: StoreApi<DashboardState>): Promise<void> {
  const stepsOf = (history: { past: readonly { step: string }[]; future: readonly { step: string }[] }) => JSON.stringify([history.past.map((e) => e.step), history.future.map((e) => e.step)])
  await until('the autosave', () => {
    const text = window.localStorage.getItem(HISTORY_KEY)
    return text !== null && stepsOf(JSON.parse(text)) === stepsOf(store.getState().history)
  })
}

const seed = findPreset('swiftlogix')!.scenario

describe('undo history across a reload', () => {
  it('comes back with the work: undo and redo go on where they were', async () => {
    let store = await openPage()
    act(() => store.getState().setBudget(111))
    act(() => store.getState().loadPreset('mau-1m'))
    act(() => void store.getState().undo())
    await saved(store)

    store = await openPage()
    await until('the history', () => canUndo(store.getState()))
    expect(store.getState().scenario.requirements.budget.monthly).toBe(111)
    expect(canRedo(store.getState())).toBe(true)
    act(() => void store.getState().redo())
    expect(store.getState().presetId).toBe('mau-1m')
    act(() => void store.getState().undo())
    act(() => void store.getState().undo())
    // The untouched preset itself, so the address bar's short link comes back.
    expect(store.getState().scenario).toBe(seed)
    expect(store.getState().presetId).toBe('swiftlogix')
  })

  it('comes back on a reload of the address bar\'s link, which opens the saved design itself', async () => {
    let store = await openPage()
    act(() => store.getState().setBudget(111))
    await saved(store)

    // The address bar carries ?s= of the edited design: a reload opens it as a link, presetId null.
    store = await openPage({ scenario: structuredClone(store.getState().scenario), presetId: null })
    await until('the history', () => canUndo(store.getState()))
    act(() => void store.getState().undo())
    expect(store.getState().scenario).toBe(seed)
  })

  it('is not restored on a page opened from a link to another design, and this page\'s history replaces it', async () => {
    let store = await openPage()
    act(() => store.getState().setBudget(111))
    await saved(store)

    store = await openPage(initialStateFor('mau-1m'))
    expect(canUndo(store.getState())).toBe(false)
    act(() => store.getState().setPeakRps(7))
    await saved(store)
    expect((JSON.parse(window.localStorage.getItem(HISTORY_KEY)!) as { past: { step: string }[] }).past.map((e) => e.step)).toEqual(['peak-traffic'])
  })

  it('drops a history that cannot be read, says so, and keeps the work', async () => {
    const work = { ...seed, requirements: { ...seed.requirements, budget: { ...seed.requirements.budget, monthly: 222 } } }
    const savedAt = '2026-12-06T07:00:00.000Z'
    const misfit = structuredClone(seed)
    misfit.config.services = []
    for (const history of ['{"version":1,', JSON.stringify({ version: 1, workSavedAt: savedAt, past: [{ step: 'budget', presetId: null, scenario: misfit }], future: [] })]) {
      window.localStorage.setItem(WORK_KEY, serialiseSavedState(work, null, savedAt))
      window.localStorage.setItem(HISTORY_KEY, history)
      const store = await openPage()
      await until('the notice', () => store.getState().notice !== null)
      expect(store.getState().notice).toMatchObject({ kind: 'error', text: 'The undo history saved in this browser could not be read and was dropped; your work is kept.' })
      expect(store.getState().scenario).toEqual(work)
      expect(canUndo(store.getState())).toBe(false)
    }
  })

  it('ignores, quietly, a history saved with other work', async () => {
    window.localStorage.setItem(WORK_KEY, serialiseSavedState(seed, 'swiftlogix', '2026-12-06T07:00:00.000Z'))
    const other = { step: 'budget' as const, presetId: 'mau-1m', scenario: findPreset('mau-1m')!.scenario }
    window.localStorage.setItem(HISTORY_KEY, serialiseSavedHistory({ past: [other], future: [] }, '2026-12-06T06:00:00.000Z'))
    const store = await openPage()
    // Long enough for the history to be read, were it read (here, without idle callbacks: at once).
    await act(async () => void (await new Promise((r) => setTimeout(r, 50))))
    expect(canUndo(store.getState())).toBe(false)
    expect(store.getState().notice).toBeNull()
  })
})

describe('the address bar', () => {
  it('carries an edited design in ?s= and leaves out one whose address would reach 8,000 characters (restored from storage instead)', async () => {
    const { buildLargeScenario } = await import('@/bench/large-config')
    const { MAX_URL_CHARS } = await import('@/lib/model')
    const store = await openPage()
    act(() => store.getState().setBudget(123))
    await until('the edited design in the address bar', () => window.location.search.startsWith('?s='))
    act(() => store.getState().replaceScenario(buildLargeScenario(20), null))
    await until('the large design out of the address bar', () => !window.location.search.includes('s='))
    expect(window.location.href.length).toBeLessThan(MAX_URL_CHARS)
    expect(JSON.parse(window.localStorage.getItem(WORK_KEY)!).scenario.config.services).toHaveLength(20)
  })
})
