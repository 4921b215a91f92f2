'use client'

import { useEffect, useMemo, useState } from 'react'
import { useDashboardStore } from '@/components/store/dashboard-store'
import { fingerprintScenario } from './scenario-fingerprint'
import { useWorkspaceLink, type WorkspaceLink } from './workspace-link-store'

export type WorkStatus = {
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
 * Reads this tab's link from sessionStorage after mount, so the server render and the first client
 * render agree. On the server zustand's persist API is absent (no sessionStorage), hence `persistApi()`.
 */
export function useHydratedLink(): boolean {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => {
    const api = persistApi()
    if (!api || api.hasHydrated()) return setHydrated(true)
    const unsubscribe = api.onFinishHydration(() => setHydrated(true))
    void api.rehydrate()
    return unsubscribe
  }, [])
  return hydrated
}

function persistApi(): typeof useWorkspaceLink.persist | undefined {
  return (useWorkspaceLink as { persist?: typeof useWorkspaceLink.persist }).persist
}
