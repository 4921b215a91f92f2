'use client'

import { useEffect, useRef, type RefObject } from 'react'
import { useT } from '@/components/i18n/locale-provider'
import { ControlPanel } from './control-panel'

/** Narrower than this (Tailwind's `lg`), the controls live in the drawer; from it on, in the page's left column. */
const COLUMN_QUERY = '(min-width: 64rem)'

/** The trade-off controls as the page's complementary landmark, wherever they are shown. */
export function ControlsAside({ className }: { className?: string }) {
  const t = useT()
  return (
    <aside aria-label={t('controls.label')} className={className}>
      <ControlPanel />
    </aside>
  )
}

/** Opens the drawer below `lg`; the column shows the controls from `lg` on, so the button hides there. */
export function ControlsButton({ expanded, onOpen, buttonRef }: { expanded: boolean; onOpen: () => void; buttonRef: RefObject<HTMLButtonElement | null> }) {
  const t = useT()
  return (
    <button
      ref={buttonRef}
      type="button"
      aria-expanded={expanded}
      aria-haspopup="dialog"
      onClick={onOpen}
      className="flex w-fit items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-sky-600 lg:hidden"
    >
      <svg viewBox="0 0 20 20" className="h-4 w-4 shrink-0" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
        <path d="M3 5h9m4 0h1M3 10h3m4 0h7M3 15h7m4 0h3" />
        <circle cx="14" cy="5" r="1.8" />
        <circle cx="8" cy="10" r="1.8" />
        <circle cx="12" cy="15" r="1.8" />
      </svg>
      {t('controls.open')}
    </button>
  )
}

/**
 * The controls in a modal sheet (a bottom sheet on a phone, a sheet on the right from `sm`, so the
 * monthly cost stays in view above or beside it and moves with every edit): the native modal dialog
 * keeps focus inside and closes on Escape. Mounted only while open, so the page holds one
 * ControlPanel at a time (its fields have fixed ids).
 */
export function ControlsDrawer({ onClose }: { onClose: () => void }) {
  const t = useT()
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    dialog.current?.showModal()
  }, [])
  // A window widened past `lg` shows the column again: the drawer gives the controls back to it.
  useEffect(() => {
    const column = window.matchMedia(COLUMN_QUERY)
    const closeForColumn = () => column.matches && dialog.current?.close()
    column.addEventListener('change', closeForColumn)
    return () => column.removeEventListener('change', closeForColumn)
  }, [])
  return (
    <dialog
      ref={dialog}
      aria-labelledby="controls-drawer-title"
      onClose={onClose}
      className="m-0 mt-auto max-h-[75dvh] w-full max-w-none overflow-y-auto overscroll-contain rounded-t-2xl border-0 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/30 sm:mt-0 sm:ml-auto sm:h-dvh sm:max-h-none sm:w-[22rem] sm:rounded-none sm:border-l sm:border-slate-200"
    >
      <div className="sticky top-0 z-10 flex items-center justify-between gap-3 border-b border-slate-200 bg-white px-5 py-3">
        <h2 id="controls-drawer-title" className="text-base font-semibold">
          {t('controls.label')}
        </h2>
        <button type="button" onClick={() => dialog.current?.close()} aria-label={t('controls.close')} className="rounded-md px-2 py-1 text-sm text-slate-500 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-600">
          ✕
        </button>
      </div>
      <ControlsAside className="px-5 py-5" />
    </dialog>
  )
}
