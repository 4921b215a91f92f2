'use client'

import { useEffect } from 'react'
import type { StoreApi } from 'zustand'
import type { DashboardState } from '@/components/store/dashboard-store'
import { historyKeyAction, isEditingText } from './history-keys'

/** Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (or Ctrl+Y) anywhere on the page but in a field being typed in. */
export function useHistoryKeys(store: StoreApi<DashboardState>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isEditingText(event.target)) return
      const action = historyKeyAction(event)
      if (!action) return
      event.preventDefault()
      if (action === 'undo') store.getState().undo()
      else store.getState().redo()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [store])
}
