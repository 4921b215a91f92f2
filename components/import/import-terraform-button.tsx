'use client'

import dynamic from 'next/dynamic'
import { useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { useLocale } from '@/components/i18n/locale-provider'
import { sayImportUiButton } from '@/lib/i18n/catalog/say-import-ui-button'

/** The dialog, its words and its tables load on the first click, not with the page. */
const ImportTerraformDialog = dynamic(() => import('./import-terraform-dialog').then((m) => m.ImportTerraformDialog), { ssr: false })

/** The header's "Import Terraform" button; the dialog is mounted while open, so closing it forgets a report not used. */
export function ImportTerraformButton() {
  const { locale } = useLocale()
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const close = () => {
    // The page behind a modal dialog is inert: focus the button once the dialog is gone.
    flushSync(() => setOpen(false))
    button.current?.focus()
  }
  const name = sayImportUiButton(locale)
  return (
    <>
      {/* From 1280 to 1440 px the header has no room for the words: an icon, its name kept for screen readers and as a tooltip (narrower, the menu has room). */}
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        title={name}
        onClick={() => setOpen(true)}
        className="flex items-center gap-1.5 whitespace-nowrap rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-200 hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400 xl:max-[1440px]:px-1.5"
      >
        <svg viewBox="0 0 20 20" className="h-4 w-4 shrink-0" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
          <path d="M10 3v9m0 0-3.5-3.5M10 12l3.5-3.5M3.5 12.5v3a1 1 0 0 0 1 1h11a1 1 0 0 0 1-1v-3" />
        </svg>
        <span className="xl:max-[1440px]:sr-only">{name}</span>
      </button>
      {open && <ImportTerraformDialog onClose={close} />}
    </>
  )
}
