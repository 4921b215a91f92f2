'use client'

import { memo, useCallback, useRef, useState } from 'react'
import dynamic from 'next/dynamic'
import { ControlsAside, ControlsButton, ControlsDrawer } from '@/components/controls/controls-drawer'
import { AppHeader } from '@/components/header/app-header'
import { NoticeBar } from '@/components/notice/notice-bar'
import { KpiStrip } from '@/components/kpi/kpi-strip'
import { DashboardStoreProvider } from '@/components/store/dashboard-store-provider'
import type { InitialState } from '@/components/store/initial-state'
import { useDashboardStore } from '@/components/store/dashboard-store'
import { useDeferredEvaluation } from '@/components/store/use-evaluation'
import { usePrewarmedAdvisor } from '@/components/advisor/advice-worker-pool'
import { usePersistence } from '@/components/store/use-persistence'
import { TopologySection } from './topology-section'

// The six stakeholder views sit below the topology, out of the first screen: their code (views,
// narrative, words) loads after the page, which keeps first-load JS under 300 KB (decision 007).
const StakeholderTabs = dynamic(() => import('@/components/views/stakeholder-tabs').then((m) => m.StakeholderTabs), {
  ssr: false,
  loading: () => <div className="min-h-[480px]" />,
})

// The advisor (goals, frontier chart, preview; its engine runs in a web worker) loads when its tab is opened.
const AdvisorView = dynamic(() => import('@/components/advisor/advisor-view').then((m) => m.AdvisorView), {
  ssr: false,
  loading: () => <div className="min-h-[480px]" />,
})

/** Memoised so a render for an urgent update (the KPI strip) skips the deferred views. */
const StakeholderTabsMemo = memo(StakeholderTabs)

function Tabs() {
  const { scenario, evaluation } = useDeferredEvaluation()
  const tab = useDashboardStore((s) => s.ui.tab)
  const setTab = useDashboardStore((s) => s.setTab)
  usePrewarmedAdvisor(scenario.config.region)
  return <StakeholderTabsMemo scenario={scenario} evaluation={evaluation} tab={tab} onTabChange={setTab} advisorView={AdvisorView} />
}

function Layout({ openedFromLink }: { openedFromLink: boolean }) {
  usePersistence(openedFromLink)
  const [drawerOpen, setDrawerOpen] = useState(false)
  const drawerButton = useRef<HTMLButtonElement>(null)
  const closeDrawer = useCallback(() => {
    setDrawerOpen(false)
    drawerButton.current?.focus()
  }, [])
  return (
    <div className="flex min-h-screen flex-col">
      <AppHeader />
      <NoticeBar />
      <div className="flex flex-1">
        {/* From lg on the controls are a column; below it they open in a drawer (one panel mounted at a time). */}
        {!drawerOpen && <ControlsAside className="hidden w-72 shrink-0 border-r border-slate-200 bg-white px-5 py-5 lg:block" />}
        <main className="min-w-0 flex-1 space-y-4 p-5 max-sm:p-3">
          <ControlsButton expanded={drawerOpen} onOpen={() => setDrawerOpen(true)} buttonRef={drawerButton} />
          {drawerOpen && <ControlsDrawer onClose={closeDrawer} />}
          <KpiStrip />
          <TopologySection />
          <Tabs />
        </main>
      </div>
    </div>
  )
}

/** The whole dashboard: one store per page, seeded from the link (if any) by the server. */
export function Dashboard({ initial, openedFromLink }: { initial: InitialState; openedFromLink: boolean }) {
  return (
    <DashboardStoreProvider initial={initial}>
      <Layout openedFromLink={openedFromLink} />
    </DashboardStoreProvider>
  )
}
