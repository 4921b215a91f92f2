'use client'

import { useT } from '@/components/i18n/locale-provider'
import { memo } from 'react'
import dynamic from 'next/dynamic'
import { ControlPanel } from '@/components/controls/control-panel'
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
  const t = useT()
  return (
    <div className="flex min-h-screen flex-col">
      <AppHeader />
      <NoticeBar />
      <div className="flex flex-1">
        <aside aria-label={t('controls.label')} className="w-72 shrink-0 border-r border-slate-200 bg-white px-5 py-5">
          <ControlPanel />
        </aside>
        <main className="min-w-0 flex-1 space-y-4 p-5">
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
