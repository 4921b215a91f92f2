'use client'

import { useSyncExternalStore } from 'react'
import { useLocale } from '@/components/i18n/locale-provider'
import { useDashboardStore, useDashboardStoreApi } from '@/components/store/dashboard-store'
import { nextRedo, nextUndo } from '@/components/store/history'
import { sayHistory } from '@/lib/i18n/catalog/say-history'
import { useHistoryKeys } from './use-history-keys'

const BUTTON =
  'rounded-md p-1 text-slate-200 hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-sky-400 disabled:cursor-not-allowed disabled:text-slate-600 disabled:hover:bg-transparent'

/** A curved arrow back (Undo); mirrored, forward (Redo). */
const ARROW = 'M7.5 5.5 4 9l3.5 3.5M4 9h8a4 4 0 0 1 0 8H9'

const noChange = () => () => {}
const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)
/** The server does not know the reader's keyboard: it writes Ctrl, and a Mac reads ⌘ once hydrated. */
const isMacOnServer = () => false

/** Undo and Redo for every change of the design, with their keyboard shortcuts. */
export function HistoryButtons() {
  const store = useDashboardStoreApi()
  const undoStep = useDashboardStore(nextUndo)
  const redoStep = useDashboardStore(nextRedo)
  const mac = useSyncExternalStore(noChange, isMac, isMacOnServer)
  const { locale } = useLocale()
  useHistoryKeys(store)
  return (
    // Not a role="group": the KPI strip is the page's one group (its tests and journeys find it so).
    <div className="flex items-center">
      <button
        type="button"
        aria-label={sayHistory(locale, { code: 'history.undo', params: {} })}
        title={sayHistory(locale, { code: 'history.undo-title', params: { step: undoStep, mac } })}
        aria-keyshortcuts="Control+Z Meta+Z"
        disabled={undoStep === null}
        onClick={() => store.getState().undo()}
        className={BUTTON}
      >
        <svg viewBox="0 0 20 20" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
          <path d={ARROW} />
        </svg>
      </button>
      <button
        type="button"
        aria-label={sayHistory(locale, { code: 'history.redo', params: {} })}
        title={sayHistory(locale, { code: 'history.redo-title', params: { step: redoStep, mac } })}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        disabled={redoStep === null}
        onClick={() => store.getState().redo()}
        className={BUTTON}
      >
        <svg viewBox="0 0 20 20" className="h-5 w-5 -scale-x-100" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
          <path d={ARROW} />
        </svg>
      </button>
    </div>
  )
}
