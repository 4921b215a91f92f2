'use client'

import { useEffect } from 'react'
import { LanguageSwitch } from '@/components/i18n/language-switch'
import { NoticeBar } from '@/components/notice/notice-bar'
import { KpiStrip } from '@/components/kpi/kpi-strip'
import { DashboardStoreProvider } from '@/components/store/dashboard-store-provider'
import type { InitialState } from '@/components/store/initial-state'
import { usePersistence } from '@/components/store/use-persistence'
import { ApiError } from './api-client'
import { readWorkspaceRef } from './known-workspaces'
import { useOpenWorkspace } from './use-open-workspace'
import { useHydratedLink } from './use-work-status'
import { WorkspacePanelBody } from './workspace-panel-body'
import { describeProblem } from './describe-problem'
import { useWorkspaceWords } from './use-workspace-words'
import { BrandMark } from '@/components/ui/brand-mark'

/**
 * The workspace panel as a page. It edits the same work as the dashboard (the browser's autosave),
 * so a scenario opened here is on the dashboard when you go back, and "Save" stores what is there.
 */
export function WorkspacesPage({ initial }: { initial: InitialState }) {
  return (
    <DashboardStoreProvider initial={initial}>
      <Layout />
    </DashboardStoreProvider>
  )
}

function Layout() {
  usePersistence(false)
  const linkProblem = useOpenLinkedWorkspace()
  const { w, locale } = useWorkspaceWords()
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex h-14 shrink-0 items-center justify-between gap-4 bg-slate-900 px-6 text-white max-sm:gap-2 max-sm:px-3">
        <div className="flex min-w-0 items-center gap-4 max-sm:gap-2">
          <a href="/" className="flex items-center gap-2 text-base font-semibold tracking-tight">
            <BrandMark />
            {/* On a phone the logo stands for the name, which leaves the page's title and the way back room. */}
            <span className="max-sm:sr-only">ArchDeck</span>
          </a>
          <span className="text-slate-500">/</span>
          <h1 className="text-base font-medium text-slate-100">{w('panelTitle')}</h1>
        </div>
        <div className="flex items-center gap-2">
          <a href="/" className="whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium text-slate-200 max-sm:px-2 hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-sky-400">
            {w('backToDashboard')}
          </a>
          <LanguageSwitch />
        </div>
      </header>
      <NoticeBar />
      <main className="mx-auto w-full max-w-7xl flex-1 space-y-5 px-6 py-5 max-sm:px-3">
        <section aria-label={w('dashboardWork')}>
          <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{w('dashboardWork')}</p>
          <KpiStrip />
        </section>
        {linkProblem && (
          <p role="alert" className="rounded-lg border border-rose-200 bg-rose-50 p-3 text-sm text-rose-900">
            {linkProblem instanceof ApiError && linkProblem.status === 404 ? w('noSuchWorkspace') : w('couldNotLoad', { message: describeProblem(w, locale, linkProblem) })}
          </p>
        )}
        <WorkspacePanelBody layout="columns" />
      </main>
    </div>
  )
}

/**
 * A workspace link (`/workspaces#ws=<id>`, from "Copy workspace link") opens that workspace and
 * adds it to this browser's list. The id sits after `#`, so it never reaches a server log; it is
 * taken off the address bar once read.
 */
function useOpenLinkedWorkspace(): Error | null {
  const hydrated = useHydratedLink()
  const { mutate, error } = useOpenWorkspace()
  useEffect(() => {
    if (!hydrated) return
    const id = readWorkspaceRef(new URLSearchParams(window.location.hash.slice(1)).get('ws') ?? '')
    if (!id) return
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`)
    mutate(id)
  }, [hydrated, mutate])
  return error
}
