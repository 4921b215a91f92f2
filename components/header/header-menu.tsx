'use client'

import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useT } from '@/components/i18n/locale-provider'

const MENU_ID = 'header-menu'

/**
 * The header's views, dialogs, export and language. From `xl` on they sit in the header as they
 * always have; narrower, a Menu button shows them as a panel under the header. The same elements
 * either way (CSS moves them, not a copy), so their accessible names and dialogs stay one each.
 * The panel stays open while a dialog opened from it is up: a popover or dialog inside a hidden
 * panel would not show.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!open) return
    // Escape belongs to a dialog or popover opened from the menu first; the menu closes after it.
    const isDialogUp = () => Boolean(document.querySelector('dialog[open], :popover-open'))
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || isDialogUp()) return
      setOpen(false)
      button.current?.focus()
    }
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      if (isDialogUp() || panel.current?.contains(target) || button.current?.contains(target)) return
      setOpen(false)
    }
    document.addEventListener('keydown', onKeyDown)
    document.addEventListener('pointerdown', onPointerDown)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
      document.removeEventListener('pointerdown', onPointerDown)
    }
  }, [open])
  return (
    <div className="flex shrink-0 items-center">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={MENU_ID}
        onClick={() => setOpen((was) => !was)}
        className="rounded-md p-1.5 text-slate-200 hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-sky-400 xl:hidden"
      >
        <svg viewBox="0 0 20 20" className="h-5 w-5" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round">
          <path d={open ? 'M5 5l10 10M15 5 5 15' : 'M3 5.5h14M3 10h14M3 14.5h14'} />
        </svg>
        <span className="sr-only">{t('header.menu')}</span>
      </button>
      <div
        ref={panel}
        id={MENU_ID}
        className={`flex items-center gap-1 max-xl:absolute max-xl:inset-x-0 max-xl:top-14 max-xl:z-40 max-xl:flex-col max-xl:items-stretch max-xl:gap-0.5 max-xl:border-t max-xl:border-slate-700 max-xl:bg-slate-900 max-xl:p-3 max-xl:shadow-xl sm:max-xl:left-auto sm:max-xl:w-80 sm:max-xl:rounded-bl-xl ${open ? '' : 'max-xl:hidden'}`}
      >
        {children}
      </div>
    </div>
  )
}
