'use client'

import { useLocale, useT } from '@/components/i18n/locale-provider'
import { memo } from 'react'
import dynamic from 'next/dynamic'
import { useShallow } from 'zustand/react/shallow'
import { useDashboardStore, type TopologyHighlight } from '@/components/store/dashboard-store'
import { useDeferredEvaluation } from '@/components/store/use-evaluation'
import { TopologyToolbar } from '@/components/topology/topology-toolbar'
import { useTopologyView } from '@/components/topology/use-topology-view'
import { TopologyImageDownload } from './topology-image-download'
import { listScenarioIds, scenarioTitle, type ScenarioId } from '@/lib/recovery'
import type { MessageKey } from '@/lib/i18n/messages'
import { sayScenarioTitle } from '@/lib/i18n/catalog/say-scenario-title'

// React Flow (~90 KB gzipped) draws only in the browser anyway: its chunk loads after the page,
// so it is not first-load JavaScript. The placeholder keeps the canvas's frame in place.
const TopologyCanvas = dynamic(() => import('@/components/topology/topology-canvas').then((m) => m.TopologyCanvas), {
  ssr: false,
  loading: () => <div className="relative h-full min-h-[320px] w-full overflow-hidden rounded-xl border border-slate-200 bg-slate-50" />,
})
const TopologyDetails = dynamic(() => import('@/components/topology/topology-canvas').then((m) => m.TopologyDetails), { ssr: false })
// The inspector's forms and words load on first use (a selection, or the Add button after the page), not with the page.
const Inspector = dynamic(() => import('@/components/inspector/inspector').then((m) => m.Inspector), { ssr: false })
const AddMenu = dynamic(() => import('@/components/inspector/add-menu').then((m) => m.AddMenu), { ssr: false, loading: () => <span className="inline-block h-7 w-12" /> })

/** Memoised so a render for an urgent update (the KPI strip) skips the deferred canvas. */
const Canvas = memo(TopologyCanvas)

const HIGHLIGHTS: { value: TopologyHighlight; label: MessageKey }[] = [
  { value: 'none', label: 'topology.plain' },
  { value: 'internet', label: 'topology.internet' },
  { value: 'db-path', label: 'topology.dbPath' },
]

/** The network and security-group diagram with its two lenses: reachability and failure overlay. */
export function TopologySection() {
  const { scenario, evaluation } = useDeferredEvaluation()
  const ui = useDashboardStore(useShallow((s) => ({ highlight: s.ui.highlight, overlay: s.ui.overlay, selectedNodeId: s.ui.selectedNodeId })))
  const actions = useDashboardStore(useShallow((s) => ({ setHighlight: s.setHighlight, setOverlay: s.setOverlay, selectNode: s.selectNode })))
  const t = useT()
  const { locale } = useLocale()
  const viewState = useTopologyView(scenario)
  return (
    <section aria-label={t('topology.title')} className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 px-4 py-2">
        <h2 className="text-sm font-semibold text-slate-900">{t('topology.title')}</h2>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <div role="radiogroup" aria-label={t('topology.highlight')} className="flex rounded-lg bg-slate-100 p-0.5">
            {HIGHLIGHTS.map((h) => (
              <label key={h.value} className={`cursor-pointer rounded-md px-2.5 py-1 text-xs font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-sky-600 ${ui.highlight === h.value ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600'}`}>
                <input type="radio" name="topology-highlight" className="sr-only" checked={ui.highlight === h.value} onChange={() => actions.setHighlight(h.value)} />
                {t(h.label)}
              </label>
            ))}
          </div>
          <label className="flex items-center gap-2 text-xs font-medium text-slate-700">
            {t('topology.overlay')}
            <select
              value={ui.overlay ?? ''}
              onChange={(e) => actions.setOverlay((e.target.value || null) as ScenarioId | null)}
              className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs focus:outline-2 focus:outline-sky-600"
            >
              <option value="">{t('topology.none')}</option>
              {listScenarioIds(scenario.config.network).map((id) => (
                <option key={id} value={id}>
                  {sayScenarioTitle(locale, scenarioTitle(id))}
                </option>
              ))}
            </select>
          </label>
          <TopologyImageDownload />
          <AddMenu />
        </div>
      </div>
      <TopologyToolbar state={viewState} />
      {/* Side by side from md up; on a phone the canvas takes most of the screen (pinch to zoom, drag
          to pan) and the inspector goes under it, at full width. */}
      <div className="flex flex-col md:h-[560px] md:flex-row">
        <div className="h-[65dvh] min-h-[320px] min-w-0 md:h-auto md:flex-1">
          <Canvas
            scenario={scenario}
            evaluation={evaluation}
            highlight={ui.highlight}
            overlayScenario={ui.overlay}
            selectedNodeId={ui.selectedNodeId}
            onSelectNode={actions.selectNode}
            view={viewState.view}
          />
        </div>
        {ui.selectedNodeId && (
          <aside aria-label={t('topology.selected')} className="max-h-[560px] w-full min-w-[18rem] shrink-0 overflow-y-auto border-t border-slate-200 p-4 md:max-h-none md:w-80 md:border-l md:border-t-0">
            <Inspector nodeId={ui.selectedNodeId} />
            {/* A security group has no box of its own: the inspector's rules are all there is to show. */}
            {!ui.selectedNodeId.startsWith('sg:') && <TopologyDetails scenario={scenario} evaluation={evaluation} nodeId={ui.selectedNodeId} />}
          </aside>
        )}
      </div>
    </section>
  )
}
