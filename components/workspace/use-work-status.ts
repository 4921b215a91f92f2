'use client'

import { useEffect, useMemo, useState } from 'react'
import { useDashboardStore } from '@/components/store/dashboard-store'
import { isWorkspaceId } from './known-workspaces'
import { KNOWN_WORKSPACES_KEY, useKnownWorkspaces } from './known-workspaces-store'
import { fingerprintScenario } from './scenario-fingerprint'
import { useWorkspaceLink, type WorkspaceLink } from './workspace-link-store'

type WorkStatus = {
  link: WorkspaceLink | null
  /** Linked and different from the version it is based on. */
  unsaved: boolean
  /** Opening something else would lose work: unsaved linked changes, or edited work never stored. */
  wouldLoseWork: boolean
}

/** Whether the dashboard's scenario matches the stored version it came from. */
export function useWorkStatus(): WorkStatus {
  const link = useWorkspaceLink((s) => s.link)
  const scenario = useDashboardStore((s) => s.scenario)
  const untouchedPreset = useDashboardStore((s) => s.presetId !== null)
  const fingerprint = useMemo(() => fingerprintScenario(scenario), [scenario])
  const unsaved = link !== null && link.fingerprint !== fingerprint
  return { link, unsaved, wouldLoseWork: link ? unsaved : !untouchedPreset }
}

/**
 * Reads this tab's link (sessionStorage) and the browser's workspaces (localStorage) after mount, so
 * the server render and the first client render agree. On the server zustand's persist API is
 * absent (no storage), hence `persistApi()`. Also keeps the list in step with other tabs.
 */
export function useHydratedLink(): boolean {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => {
    const link = persistApi(useWorkspaceLink)
    const known = persistApi(useKnownWorkspaces)
    if (!link || !known) return setHydrated(true)
    let cancelled = false
    const firstRun = !hasStoredList()
    void Promise.all([link.hasHydrated() || link.rehydrate(), known.hasHydrated() || known.rehydrate()]).then(() => {
      if (cancelled) return
      if (firstRun) adoptLinkedWorkspace()
      setHydrated(true)
    })
    const onStorage = (event: StorageEvent) => {
      if (event.key === KNOWN_WORKSPACES_KEY) void known.rehydrate()
    }
    window.addEventListener('storage', onStorage)
    return () => {
      cancelled = true
      window.removeEventListener('storage', onStorage)
    }
  }, [])
  return hydrated
}

/**
 * Before this browser kept a list, the server listed every workspace. On the first visit since, the
 * workspace this tab was working in joins the list, so the work at hand stays one click away
 * (docs/decisions/009 says how to reach others).
 */
function adoptLinkedWorkspace(): void {
  const { workspaceId, link } = useWorkspaceLink.getState()
  for (const id of new Set([link?.workspaceId, workspaceId])) {
    if (id && isWorkspaceId(id)) useKnownWorkspaces.getState().remember({ id, name: '' })
  }
}

function hasStoredList(): boolean {
  try {
    return window.localStorage.getItem(KNOWN_WORKSPACES_KEY) !== null
  } catch {
    return true // storage disabled: nothing to adopt into
  }
}

type Persisted = { persist?: { hasHydrated(): boolean; rehydrate(): Promise<void> | void } }

function persistApi(store: Persisted): NonNullable<Persisted['persist']> | undefined {
  return store.persist
}
