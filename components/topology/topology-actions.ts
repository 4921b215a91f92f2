'use client'

import { createContext, useContext } from 'react'

/** What a box inside the canvas can ask of the view around it. */
export type TopologyActions = {
  /** Collapse an open group or open a collapsed one. */
  toggleGroup: (groupId: string) => void
}

const NOTHING: TopologyActions = { toggleGroup: () => {} }

/**
 * Passed by context rather than in each node's data, so the nodes' data stays plain and a
 * new callback never re-renders 300 memoised boxes.
 */
export const TopologyActionsContext = createContext<TopologyActions>(NOTHING)

export function useTopologyActions(): TopologyActions {
  return useContext(TopologyActionsContext)
}
