'use client'

import { useT } from '@/components/i18n/locale-provider'
import { useRef } from 'react'
import { useDashboardStore, useDashboardStoreApi } from '@/components/store/dashboard-store'
import { exportTerraform } from '@/lib/terraform'
import { downloadText, fileSlug } from '@/components/ui/download'

const BUTTON = 'whitespace-nowrap rounded-md px-2.5 py-1.5 max-[1680px]:px-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400 max-xl:text-left'

/** Downloads the Terraform JSON and the config JSON; imports a config after validating it. */
export function ExportImport() {
  const store = useDashboardStoreApi()
  const importScenarioText = useDashboardStore((s) => s.importScenarioText)
  const notify = useDashboardStore((s) => s.notify)
  const fileInput = useRef<HTMLInputElement>(null)
  const t = useT()

  const exportTf = () => {
    // The requirements travel in the export's model facts, so importing it gives the whole scenario back.
    const { config, requirements } = store.getState().scenario
    for (const file of exportTerraform(config, { requirements }).files) downloadText(file.name, file.content)
  }
  const exportConfig = () => {
    const { scenario } = store.getState()
    downloadText(`${fileSlug(scenario.config.name)}.archdeck.json`, `${JSON.stringify(scenario, null, 2)}\n`)
  }
  const importFile = async (file: File | undefined) => {
    if (!file) return
    if (file.size > 2_000_000) return notify({ kind: 'error', text: t('header.importTooLarge', { fileName: file.name }) })
    importScenarioText(await file.text(), file.name)
    if (fileInput.current) fileInput.current.value = ''
  }

  return (
    <div className="flex items-center gap-1 max-xl:flex-col max-xl:items-stretch max-xl:gap-0.5">
      <button type="button" onClick={() => fileInput.current?.click()} className={`${BUTTON} text-slate-200 hover:bg-slate-800`}>
        {t('header.import')}
      </button>
      <input ref={fileInput} type="file" accept="application/json,.json" aria-label={t('header.importFile')} className="sr-only" tabIndex={-1} onChange={(e) => importFile(e.target.files?.[0])} />
      <button type="button" onClick={exportConfig} className={`${BUTTON} text-slate-200 hover:bg-slate-800`}>
        {t('header.exportConfig')}
      </button>
      <button type="button" onClick={exportTf} className={`${BUTTON} bg-sky-700 text-white hover:bg-sky-600`}>
        {t('header.exportTerraform')}
      </button>
    </div>
  )
}
