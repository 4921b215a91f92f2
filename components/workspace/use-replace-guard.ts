'use client'

import { create } from 'zustand'
import { useWorkStatus } from './use-work-status'
import { useWorkspaceWords } from './use-workspace-words'

type PendingReplace = { question: string; run: () => void }

/** A replacement of the dashboard's work waiting for the user's yes (shown by ReplaceGuardBar). */
export const useReplaceGuard = create<{ pending: PendingReplace | null; ask: (pending: PendingReplace) => void; clear: () => void }>()((set) => ({
  pending: null,
  ask: (pending) => set({ pending }),
  clear: () => set({ pending: null }),
}))

/** Runs `replace` at once when no work would be lost; otherwise asks first. */
export function useGuardedReplace(): (replace: () => void) => void {
  const status = useWorkStatus()
  const { w } = useWorkspaceWords()
  const ask = useReplaceGuard((s) => s.ask)
  return (replace) => (status.wouldLoseWork ? ask({ question: w('replaceQuestion', { name: status.link?.scenarioName ?? null }), run: replace }) : replace())
}
