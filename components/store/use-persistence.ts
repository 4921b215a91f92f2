'use client'

import { useDeferredValue, useEffect } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { findPreset } from '@/data/presets'
import { encodeScenarioParam, MAX_URL_CHARS, serialiseSavedState, type Scenario } from '@/lib/model'
import { TAB_IDS } from '@/components/views/view-props'
import { useDashboardStore, useDashboardStoreApi, type DashboardState } from './dashboard-store'
import { isSameScenario } from './history'
import { readSavedWork } from './initial-state'
import { noticeOf } from './notice'
import { whenIdle } from './when-idle'

const STORAGE_KEY = 'archdeck:work'
/** Where a save that could not be read is kept before autosave replaces it. */
const UNREADABLE_KEY = 'archdeck:work:unreadable'
const WRITE_DELAY_MS = 150

/** What a link needs: the scenario, whether it is an untouched preset, and the tab. */
type LinkState = Pick<DashboardState, 'scenario' | 'presetId'> & { ui: Pick<DashboardState['ui'], 'tab'> }

/** `?preset=ID` while the scenario is an untouched preset, `?s=…` once it is edited; plus the tab. */
function searchFor(state: LinkState): string {
  // The header asks on every store change: one answer per scenario, preset and tab (see footnote 1).
  const known = searches.get(state.scenario)
  if (known && known.presetId === state.presetId && known.tab === state.ui.tab) return known.search
  const params = new URLSearchParams()
  const preset = state.presetId ? findPreset(state.presetId) : undefined
  // By content too: the server sends the dashboard a copy of the preset, not findPreset's own object.
  if (preset && (preset.scenario === state.scenario || isSameScenario(preset.scenario, state.scenario))) params.set('preset', preset.id)
  else params.set('s', encodeScenarioParam(state.scenario))
  if (state.ui.tab !== TAB_IDS[0]) params.set('tab', state.ui.tab)
  const search = `?${params.toString()}`
  searches.set(state.scenario, { presetId: state.presetId, tab: state.ui.tab, search })
  return search
}

const searches = new WeakMap<DashboardState['scenario'], { presetId: string | null; tab: string; search: string }>()

/**
 * What the address bar shows: searchFor, without a `?s=` that would make the whole address
 * MAX_URL_CHARS or longer ('' for no query). Such a design (50 services: ~90 KB, 200: ~360 KB) is
 * restored from localStorage on a reload; the header's links name it by snapshot (docs/decisions/017).
 */
function addressBarSearchFor(state: LinkState, location: Pick<Location, 'origin' | 'pathname'>): string {
  const search = searchFor(state)
  if (`${location.origin}${location.pathname}${search}`.length < MAX_URL_CHARS) return search
  return state.ui.tab !== TAB_IDS[0] ? `?${new URLSearchParams({ tab: state.ui.tab }).toString()}` : ''
}

/** The current work as the header's links carry it: its search (searchFor), and what it was made from. */
export type LinkedWork = { search: string; scenario: Scenario; presetId: string | null }

/**
 * searchFor the current work, allowed to lag one render behind like the topology and the tabs: a
 * link in the header need not hold up the KPI strip while a 50-service scenario is encoded.
 */
export function useDeferredLinkedWork(): LinkedWork {
  const state = useDashboardStore(useShallow((s) => ({ scenario: s.scenario, presetId: s.presetId, tab: s.ui.tab })))
  const deferred = useDeferredValue(state)
  const search = searchFor({ scenario: deferred.scenario, presetId: deferred.presetId, ui: { tab: deferred.tab } })
  return { search, scenario: deferred.scenario, presetId: deferred.presetId }
}

/**
 * Restores the work saved in this browser (unless the page was opened from a link) and its undo
 * history (also when the link opened that same design: a reload), then mirrors every change to
 * localStorage and the URL. A save that cannot be read is reported, never fatal.
 */
export function usePersistence(openedFromLink: boolean): void {
  const store = useDashboardStoreApi()
  useEffect(() => {
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    let cancelWrite = () => {}
    let stopReadingHistory = () => {}
    // The undo history's storage loads after the page: the first screen does not wait for it. A
    // chunk that cannot load (offline, replaced by a deploy) leaves undo unsaved, the work saved.
    const historyStorage = import('./history-storage').catch(() => null)
    // While the saved history is being read, a write would replace it (and the work it belongs to)
    // with a history of nothing: writes wait, and storage keeps the pair as it was.
    let readingHistory = false
    const write = (state: DashboardState) => {
      if (readingHistory) return
      const savedAt = new Date().toISOString()
      try {
        window.localStorage.setItem(STORAGE_KEY, serialiseSavedState(state.scenario, state.presetId, savedAt))
        void historyStorage.then((storage) => storage?.saveHistory(state.history, savedAt))
      } catch {
        state.notify(noticeOf('error', { code: 'notice.storage-unavailable', params: {} }))
      }
      const search = addressBarSearchFor(state, window.location)
      // Next.js re-renders its router on every history call: skip the call when nothing changed.
      if (search !== window.location.search) window.history.replaceState(null, '', search || window.location.pathname)
    }
    const scheduleWrite = () => {
      clearTimeout(timer)
      cancelWrite()
      // Written when the page is idle, so a save never delays the next key press's KPI update.
      timer = setTimeout(() => (cancelWrite = whenIdle(() => write(store.getState()))), WRITE_DELAY_MS)
    }
    const workSavedAt = openedFromLink ? savedAtOfLinkedWork(store.getState()) : restoreSavedWork(store.getState())
    if (workSavedAt !== null) {
      readingHistory = true
      const doneReading = () => {
        readingHistory = false
        scheduleWrite()
      }
      void historyStorage.then((storage) => {
        if (stopped) return
        if (!storage) return doneReading()
        stopReadingHistory = storage.readSavedHistoryWhenIdle(workSavedAt, (read) => {
          if (read.kind === 'restore') store.getState().restoreHistory(read.history)
          if (read.kind === 'dropped') store.getState().notify(read.notice)
          doneReading()
        })
      })
    }
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.scenario === previous.scenario && state.ui.tab === previous.ui.tab && state.history === previous.history) return
      scheduleWrite()
    })
    return () => {
      stopped = true
      clearTimeout(timer)
      cancelWrite()
      stopReadingHistory()
      unsubscribe()
    }
  }, [store, openedFromLink])
}

/** Puts back the saved work, if any; returns when it was saved (its undo history names it), or null. */
function restoreSavedWork(state: DashboardState): string | null {
  const text = readStored(STORAGE_KEY)
  const saved = readSavedWork(text)
  if (saved.kind === 'ignored') {
    // The next autosave overwrites STORAGE_KEY: keep the unreadable text aside, so a newer
    // ArchDeck (or a person) can still recover work that no longer fits this one's model.
    const kept = keepUnreadableSave(text)
    state.notify(kept ? noticeOf('error', { code: 'notice.saved-ignored', params: { why: saved.why, keptUnder: UNREADABLE_KEY } }) : saved.notice)
  }
  if (saved.kind !== 'restore') return null
  state.restoreWork({ scenario: saved.scenario, presetId: saved.presetId })
  return saved.savedAt
}

/**
 * When the saved work is the very design the link opened, when it was saved: a reload of a page
 * whose address bar carries `?s=` (or `?preset=`) is a link too, and its undo history is still its own.
 */
function savedAtOfLinkedWork(state: DashboardState): string | null {
  const saved = readSavedWork(readStored(STORAGE_KEY))
  return saved.kind === 'restore' && isSameScenario(saved.scenario, state.scenario) ? saved.savedAt : null
}

function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key)
  } catch {
    return null
  }
}

function keepUnreadableSave(text: string | null): boolean {
  if (text === null) return false
  try {
    window.localStorage.setItem(UNREADABLE_KEY, text)
    return true
  } catch {
    return false
  }
}

// Footnotes
// 1. The header's Present and Compare links carry the current search. Encoding a 50-service
//    scenario (~90 KB of base64) costs a few milliseconds; asked on every store change and render,
//    in the path from a key press to the KPI strip, it was a third of that path. Now it is asked
//    once per scenario, and from a deferred render (useDeferredLinkedWork).
