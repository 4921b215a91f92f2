'use client'

import { useT } from '@/components/i18n/locale-provider'
import { LanguageSwitch } from '@/components/i18n/language-switch'
import { LazyHistoryButtons } from '@/components/history/lazy-history-buttons'
import { useDeferredSearch } from '@/components/store/use-persistence'
import { WorkspacePanel } from '@/components/workspace/workspace-panel'
import { ImportTerraformButton } from '@/components/import/import-terraform-button'
import { ExportImport } from './export-import'
import { PresetPicker } from './preset-picker'
import { PriceCatalogDialog } from './price-catalog-dialog'

/** The compare page takes `presets=a,b` and `s=` entries; start it from what is on screen. */
function compareHref(search: string): string {
  const params = new URLSearchParams(search)
  const preset = params.get('preset')
  const scenario = params.get('s')
  if (preset) return `/compare?presets=${encodeURIComponent(preset)}`
  return scenario ? `/compare?s=${scenario}` : '/compare'
}

const LINK = 'whitespace-nowrap rounded-md px-2.5 py-1.5 max-[1680px]:px-2 text-sm font-medium text-slate-200 hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-sky-400'

export function AppHeader() {
  const t = useT()
  // Links carry the current scenario, so Present and Compare show what is on screen.
  const search = useDeferredSearch()
  return (
    <header className="flex h-14 shrink-0 items-center justify-between gap-4 bg-slate-900 px-6 text-white max-xl:px-4">
      <div className="flex items-center gap-6 max-[1680px]:gap-3">
        <span className="flex items-center gap-2 text-base font-semibold tracking-tight">
          <svg viewBox="0 0 32 32" className="h-6 w-6" aria-hidden="true">
            <rect width="32" height="32" rx="7" fill="#0ea5e9" />
            <path d="M8 22 16 8l8 14z" fill="none" stroke="#fff" strokeWidth="2.5" strokeLinejoin="round" />
          </svg>
          ArchDeck
        </span>
        <PresetPicker />
        <LazyHistoryButtons />
      </div>
      <div className="flex items-center gap-1">
        <a href={`/present${search}`} className={LINK}>
          {t('header.present')}
        </a>
        <a href={compareHref(search)} className={LINK}>
          {t('header.compare')}
        </a>
        <WorkspacePanel />
        <PriceCatalogDialog />
        <ImportTerraformButton />
        <ExportImport />
        <LanguageSwitch />
      </div>
    </header>
  )
}
