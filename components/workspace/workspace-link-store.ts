'use client'

import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { SaveConflict } from '@/server/workspaces/types'

/** Which stored scenario (and version) the dashboard's work came from, so "Save version" knows its base. */
export type WorkspaceLink = {
  workspaceId: string
  scenarioId: string
  scenarioName: string
  /** The base of the next save: the version the work was opened at or last saved as. */
  version: number
  /** fingerprintScenario of that version, to tell unsaved changes. */
  fingerprint: string
}

type LinkState = {
  workspaceId: string | null
  link: WorkspaceLink | null
  /** The last save that collided with someone else's, until the user moves on. */
  conflict: SaveConflict | null
  selectWorkspace: (workspaceId: string | null) => void
  linkTo: (link: WorkspaceLink | null) => void
  showConflict: (conflict: SaveConflict | null) => void
}

/**
 * Kept in sessionStorage, not localStorage: each tab edits its own scenario and version, so two
 * tabs saving the same scenario are told about each other instead of sharing one base version.
 * Hydrated after mount (see useHydratedLink) so server and first client render agree.
 */
export const useWorkspaceLink = create<LinkState>()(
  persist(
    (set) => ({
      workspaceId: null,
      link: null,
      conflict: null,
      selectWorkspace: (workspaceId) => set({ workspaceId }),
      linkTo: (link) => set({ link }),
      showConflict: (conflict) => set({ conflict }),
    }),
    {
      name: 'archdeck:workspace-link',
      version: 1,
      storage: createJSONStorage(() => sessionStorage),
      partialize: ({ workspaceId, link, conflict }) => ({ workspaceId, link, conflict }),
      skipHydration: true,
    },
  ),
)
