'use client'

import { ExportImport } from './export-import'
import { PresetPicker } from './preset-picker'
import { PriceCatalogDialog } from './price-catalog-dialog'

export function AppHeader() {
  return (
    <header className="flex h-14 shrink-0 items-center justify-between gap-4 bg-slate-900 px-6 text-white">
      <div className="flex items-center gap-6">
        <span className="flex items-center gap-2 text-base font-semibold tracking-tight">
          <svg viewBox="0 0 32 32" className="h-6 w-6" aria-hidden="true">
            <rect width="32" height="32" rx="7" fill="#0ea5e9" />
            <path d="M8 22 16 8l8 14z" fill="none" stroke="#fff" strokeWidth="2.5" strokeLinejoin="round" />
          </svg>
          ArchDeck
        </span>
        <PresetPicker />
      </div>
      <div className="flex items-center gap-1">
        <PriceCatalogDialog />
        <ExportImport />
      </div>
    </header>
  )
}
