'use client'

import { LanguageSwitch } from '@/components/i18n/language-switch'
import { LazyHistoryButtons } from '@/components/history/lazy-history-buttons'
import { WorkspacePanel } from '@/components/workspace/workspace-panel'
import { ImportTerraformButton } from '@/components/import/import-terraform-button'
import { ExportImport } from './export-import'
import { HeaderMenu } from './header-menu'
import { PresetPicker } from './preset-picker'
import { PriceCatalogDialog } from './price-catalog-dialog'
import { ViewLinks } from './view-links'
import { BrandMark } from '@/components/ui/brand-mark'

const LINK = 'whitespace-nowrap rounded-md px-2.5 py-1.5 max-[1680px]:px-2 text-sm font-medium text-slate-200 hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-sky-400'

export function AppHeader() {
  return (
    <header className="relative flex h-14 shrink-0 items-center justify-between gap-4 bg-slate-900 px-6 text-white max-xl:px-4 max-sm:gap-2 max-sm:px-3">
      <div className="flex min-w-0 items-center gap-6 max-[1680px]:gap-3 max-sm:flex-1 max-sm:gap-2">
        <span className="flex shrink-0 items-center gap-2 text-base font-semibold tracking-tight">
          <BrandMark />
          ArchDeck
        </span>
        <PresetPicker />
        <LazyHistoryButtons />
      </div>
      <HeaderMenu>
        {/* Present and Compare open what is on screen (view-links.tsx). */}
        <ViewLinks linkClassName={LINK} />
        <WorkspacePanel />
        <PriceCatalogDialog />
        <ImportTerraformButton />
        <ExportImport />
        <LanguageSwitch />
      </HeaderMenu>
    </header>
  )
}
