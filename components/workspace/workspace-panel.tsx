'use client'

import dynamic from 'next/dynamic'
import { useState } from 'react'
import { useHydratedLink, useWorkStatus } from './use-work-status'
import { useWorkspaceWords } from './use-workspace-words'

// The drawer's content (workspaces, versions, decision records and their words) loads on first open,
// not with the dashboard: most visits never open it.
const WorkspacePanelBody = dynamic(() => import('./workspace-panel-body').then((m) => m.WorkspacePanelBody), { ssr: false })

const PANEL_ID = 'workspace-panel'

/**
 * The header's "Workspace" button and the drawer it opens (native popover: Esc and outside clicks
 * close it). Props-free: it reads the dashboard store, so mount it inside the dashboard's header.
 * The drawer's content mounts on first open, so closed dashboards make no API calls.
 */
export function WorkspacePanel() {
  const { w } = useWorkspaceWords()
  const [opened, setOpened] = useState(false)
  const hydrated = useHydratedLink()
  return (
    <>
      <button
        type="button"
        popoverTarget={PANEL_ID}
        onClick={() => setOpened(true)}
        className="flex items-center gap-1.5 whitespace-nowrap rounded-md px-2.5 py-1.5 max-[1680px]:px-2 text-sm font-medium text-slate-200 hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-sky-400"
      >
        <svg viewBox="0 0 20 20" className="h-4 w-4" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6">
          <ellipse cx="10" cy="5" rx="6.5" ry="2.5" />
          <path d="M3.5 5v5c0 1.4 2.9 2.5 6.5 2.5s6.5-1.1 6.5-2.5V5M3.5 10v5c0 1.4 2.9 2.5 6.5 2.5s6.5-1.1 6.5-2.5v-5" />
        </svg>
        {w('panelButton')}
        {hydrated && <UnsavedDot />}
      </button>
      <div
        id={PANEL_ID}
        popover="auto"
        role="dialog"
        aria-label={w('panelTitle')}
        className="fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-none w-[min(36rem,100vw)] overflow-y-auto border-l border-slate-200 bg-slate-50 p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/20"
      >
        <div className="sticky top-0 z-20 flex items-start justify-between gap-3 border-b border-slate-200 bg-white/95 px-5 py-3 backdrop-blur">
          <div>
            <h2 className="text-base font-semibold">{w('panelTitle')}</h2>
            <p className="text-xs text-slate-500">{w('panelSubtitle')}</p>
          </div>
          <button type="button" popoverTarget={PANEL_ID} popoverTargetAction="hide" className="rounded-md px-2 py-1 text-sm text-slate-500 hover:bg-slate-100 hover:text-slate-900" aria-label={w('close')}>
            ✕
          </button>
        </div>
        <div className="p-5">{opened && <WorkspacePanelBody />}</div>
      </div>
    </>
  )
}

/** A dot on the button while the linked scenario has unsaved changes. */
function UnsavedDot() {
  const { unsaved } = useWorkStatus()
  const { w } = useWorkspaceWords()
  if (!unsaved) return null
  // Hidden from the accessible name, which stays "Workspace"; the panel says it in words.
  return <span className="h-2 w-2 rounded-full bg-amber-400" title={w('unsaved')} aria-hidden="true" />
}
