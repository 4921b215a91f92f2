'use client'

import dynamic from 'next/dynamic'

/**
 * Undo and Redo, their words and their keyboard, load just after the page (decision 007: first-load
 * JS of / stays under 300 KB). Until then the same room is kept, so the header does not move; there
 * is nothing to undo before a change anyway.
 */
export const LazyHistoryButtons = dynamic(() => import('./history-buttons').then((m) => m.HistoryButtons), {
  ssr: false,
  loading: () => <div className="h-7 w-14" aria-hidden="true" />,
})
