'use client'

import { useRef, type ComponentType, type KeyboardEvent } from 'react'
import { BusinessView } from './business-view'
import { CtoView } from './cto-view'
import { FinanceView } from './finance-view'
import { OpsView } from './ops-view'
import { OverviewView } from './overview-view'
import { SecurityView } from './security-view'
import { TAB_IDS, type TabId, type ViewProps } from './view-props'
import { edgeShadows } from './scroll-x'
import { useViewSay } from './view-say'
import { sayDesign } from '@/lib/i18n/catalog/say-design'

type View = ComponentType<ViewProps>

const VIEWS: Record<Exclude<TabId, 'advisor'>, View> = {
  overview: OverviewView,
  ops: OpsView,
  business: BusinessView,
  security: SecurityView,
  finance: FinanceView,
  cto: CtoView,
}

const EmptyView: View = () => null

/** The dashboard's slate-50 behind the tab row. */
const ON_THE_PAGE = edgeShadows('#f8fafc')

const tabId = (id: TabId) => `stakeholder-tab-${id}`
const panelId = (id: TabId) => `stakeholder-panel-${id}`

/** Which tab a key moves to from `current`: arrows wrap around, Home and End jump to the ends. */
export function nextTab(current: TabId, key: string): TabId | null {
  const index = TAB_IDS.indexOf(current)
  const last = TAB_IDS.length - 1
  const target =
    key === 'ArrowRight' ? (index === last ? 0 : index + 1) : key === 'ArrowLeft' ? (index === 0 ? last : index - 1) : key === 'Home' ? 0 : key === 'End' ? last : null
  return target === null ? null : TAB_IDS[target]!
}

/**
 * The stakeholder tabs (WAI-ARIA tabs pattern, selection follows focus) and the selected view.
 * The caller owns which tab is selected, so it can live in the URL or the store. The Advisor's view
 * is handed in (`advisorView`): it edits the design through the dashboard's store, a layer above
 * these read-only views; without one its tab shows an empty panel.
 */
export function StakeholderTabs({ scenario, evaluation, tab, onTabChange, advisorView }: ViewProps & { tab: TabId; onTabChange: (tab: TabId) => void; advisorView?: View }) {
  const { w, locale } = useViewSay()
  const buttons = useRef(new Map<TabId, HTMLButtonElement>())
  const View = tab === 'advisor' ? (advisorView ?? EmptyView) : VIEWS[tab]

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const next = nextTab(tab, event.key)
    if (!next) return
    event.preventDefault()
    onTabChange(next)
    buttons.current.get(next)?.focus()
  }

  return (
    <div data-testid="stakeholder-tabs">
      {/* On a phone the seven tabs are wider than the screen: the row scrolls sideways on its own, a
          shadow on the side with more tabs, and its rule is an inset shadow (a border would sit outside
          the scrolling box and cut the selected tab's underline). */}
      <div
        role="tablist"
        aria-label={w('tablist-label')}
        onKeyDown={onKeyDown}
        style={ON_THE_PAGE}
        className="flex gap-1 overflow-x-auto overflow-y-hidden overscroll-x-contain shadow-[inset_0_-1px_0_#e2e8f0]"
      >
        {TAB_IDS.map((id) => {
          const selected = id === tab
          return (
            <button
              key={id}
              ref={(el) => {
                if (el) buttons.current.set(id, el)
                else buttons.current.delete(id)
              }}
              type="button"
              role="tab"
              id={tabId(id)}
              aria-selected={selected}
              aria-controls={panelId(id)}
              tabIndex={selected ? 0 : -1}
              onClick={() => onTabChange(id)}
              className={`shrink-0 whitespace-nowrap border-b-2 px-4 py-2 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-sky-600 ${
                selected ? 'border-slate-900 text-slate-900' : 'border-transparent text-slate-500 hover:border-slate-300 hover:text-slate-700'
              }`}
            >
              {w('tab', { tab: id })}
            </button>
          )
        })}
      </div>
      <div role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} tabIndex={0} className="mt-4 rounded-sm focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-sky-600">
        {/* The advisor proposes only designs that start, so its panel is not greyed with a blocked one. */}
        {evaluation.design.runnable || tab === 'advisor' ? (
          <View scenario={scenario} evaluation={evaluation} />
        ) : (
          <>
            <p data-testid="views-cannot-start" className="mb-3 rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-900">
              {sayDesign(locale, { code: 'design.ui.views-note', params: {} })}
            </p>
            {/* Greyed: a design that never starts earns no green, in any chart or badge. */}
            <div className="grayscale">
              <View scenario={scenario} evaluation={evaluation} />
            </div>
          </>
        )}
      </div>
    </div>
  )
}
