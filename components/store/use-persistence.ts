'use client'

import { useEffect } from 'react'
import { findPreset } from '@/data/presets'
import { encodeScenarioParam, serialiseSavedState } from '@/lib/model'
import { TAB_IDS } from '@/components/views/view-props'
import { useDashboardStoreApi, type DashboardState } from './dashboard-store'
import { readSavedWork } from './initial-state'

export const STORAGE_KEY = 'archdeck:work'
const WRITE_DELAY_MS = 150

/** `?preset=ID` while the scenario is an untouched preset, `?s=…` once it is edited; plus the tab. */
export function searchFor(state: Pick<DashboardState, 'scenario' | 'presetId' | 'ui'>): string {
  const params = new URLSearchParams()
  const preset = state.presetId ? findPreset(state.presetId) : undefined
  if (preset && preset.scenario === state.scenario) params.set('preset', preset.id)
  else params.set('s', encodeScenarioParam(state.scenario))
  if (state.ui.tab !== TAB_IDS[0]) params.set('tab', state.ui.tab)
  return `?${params.toString()}`
}

/**
 * Restores the work saved in this browser (unless the page was opened from a link), then mirrors
 * every change to localStorage and the URL. A save that cannot be read is reported, never fatal.
 */
export function usePersistence(openedFromLink: boolean): void {
  const store = useDashboardStoreApi()
  useEffect(() => {
    if (!openedFromLink) restoreSavedWork(store.getState())
    let timer: ReturnType<typeof setTimeout> | undefined
    const write = (state: DashboardState) => {
      try {
        window.localStorage.setItem(STORAGE_KEY, serialiseSavedState(state.scenario, state.presetId, new Date().toISOString()))
      } catch {
        state.notify({ kind: 'error', text: 'This browser would not save your work (storage is full or disabled); use Export config to keep it.' })
      }
      window.history.replaceState(null, '', searchFor(state))
    }
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.scenario === previous.scenario && state.ui.tab === previous.ui.tab) return
      clearTimeout(timer)
      timer = setTimeout(() => write(store.getState()), WRITE_DELAY_MS)
    })
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [store, openedFromLink])
}

function restoreSavedWork(state: DashboardState): void {
  let text: string | null
  try {
    text = window.localStorage.getItem(STORAGE_KEY)
  } catch {
    return
  }
  const saved = readSavedWork(text)
  if (saved.kind === 'ignored') state.notify(saved.notice)
  if (saved.kind === 'restore') state.replaceScenario(saved.scenario, saved.presetId)
}
