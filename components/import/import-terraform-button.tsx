'use client'

import dynamic from 'next/dynamic'
import { useRef, useState } from 'react'
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
    setOpen(false)
    button.current?.focus()
  }
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        className="whitespace-nowrap rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-200 hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400"
      >
        {sayImportUiButton(locale)}
      </button>
      {open && <ImportTerraformDialog onClose={close} />}
    </>
  )
}
