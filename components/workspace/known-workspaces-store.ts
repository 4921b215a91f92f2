'use client'

import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { forgetWorkspace, readKnownWorkspaces, rememberWorkspace, renameKnownWorkspace, sortByLastOpened, type KnownWorkspace } from './known-workspaces'

type KnownState = {
  /** Most recently opened first. */
  workspaces: KnownWorkspace[]
  remember: (workspace: { id: string; name: string }) => void
  rename: (id: string, name: string) => void
  forget: (id: string) => void
}

export const KNOWN_WORKSPACES_KEY = 'archdeck:workspaces'

/**
 * This browser's workspaces, in localStorage so every tab and later visit sees them (the server
 * lists none, docs/decisions/009). Hydrated after mount with the tab's link (useHydratedLink), and
 * again when another tab changes the list, so a workspace forgotten there does not come back.
 */
export const useKnownWorkspaces = create<KnownState>()(
  persist(
    (set) => ({
      workspaces: [],
      remember: (workspace) => set((s) => ({ workspaces: rememberWorkspace(s.workspaces, workspace, new Date().toISOString()) })),
      rename: (id, name) => set((s) => ({ workspaces: renameKnownWorkspace(s.workspaces, id, name) })),
      forget: (id) => set((s) => ({ workspaces: forgetWorkspace(s.workspaces, id) })),
    }),
    {
      name: KNOWN_WORKSPACES_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ workspaces }) => ({ workspaces }),
      merge: (stored, current) => ({ ...current, workspaces: sortByLastOpened(readKnownWorkspaces((stored as { workspaces?: unknown } | undefined)?.workspaces)) }),
      skipHydration: true,
    },
  ),
)
