'use client'

import type { KeyboardEvent } from 'react'
import type { TopologyViewState } from './use-topology-view'
import { useTopologyUi } from './topology-ui'

const FIELD = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-xs text-slate-800 focus:outline-2 focus:outline-sky-600'
const BUTTON = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-sky-600 disabled:opacity-50'
const LABEL = 'flex items-center gap-1.5 text-xs font-medium text-slate-600'

/**
 * Above the canvas: find a box (Enter moves to the next hit, Shift+Enter back), show only the
 * rules on one port or of one security group, and open or regroup the collapsed groups.
 */
export function TopologyToolbar({ state }: { state: TopologyViewState }) {
  const { ui } = useTopologyUi()
  const { query, setQuery, step, matchIndex, matchCount, port, setPort, sgId, setSgId, ports, groups, collapsedCount, expandAll, resetGrouping } = state
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      step(event.shiftKey ? -1 : 1)
    } else if (event.key === 'Escape' && query) {
      event.preventDefault()
      setQuery('')
    }
  }
  return (
    <div role="toolbar" aria-label={ui('topology-ui.toolbar')} className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 bg-slate-50/60 px-4 py-2">
      <label className={LABEL}>
        {ui('topology-ui.find')}
        <input
          type="search"
          data-testid="topology-search"
          aria-label={ui('topology-ui.search')}
          aria-describedby="topology-search-status"
          placeholder={ui('topology-ui.search-placeholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
          className={`${FIELD} w-60`}
        />
      </label>
      <span id="topology-search-status" role="status" aria-live="polite" className="min-w-[5.5rem] text-xs tabular-nums text-slate-600">
        {query.trim() ? (matchCount > 0 ? ui('topology-ui.found', { index: matchIndex, count: matchCount }) : ui('topology-ui.not-found')) : ''}
      </span>
      <label className={LABEL}>
        {ui('topology-ui.port')}
        <select data-testid="topology-port-filter" aria-label={ui('topology-ui.port-filter')} value={port} onChange={(e) => setPort(e.target.value)} className={FIELD}>
          <option value="">{ui('topology-ui.all-ports')}</option>
          {ports.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <label className={LABEL}>
        {ui('topology-ui.group')}
        <select data-testid="topology-sg-filter" aria-label={ui('topology-ui.group-filter')} value={sgId} onChange={(e) => setSgId(e.target.value)} className={`${FIELD} max-w-[12rem]`}>
          <option value="">{ui('topology-ui.all-groups')}</option>
          {groups.map((g) => (
            <option key={g.value} value={g.value}>
              {g.label}
            </option>
          ))}
        </select>
      </label>
      <div className="ml-auto flex items-center gap-1.5">
        <span className="text-xs text-slate-500">{ui('topology-ui.collapsed-count', { count: collapsedCount })}</span>
        <button type="button" data-testid="topology-expand-all" className={BUTTON} disabled={collapsedCount === 0} onClick={expandAll}>
          {ui('topology-ui.expand-all')}
        </button>
        <button type="button" data-testid="topology-reset-grouping" className={BUTTON} onClick={resetGrouping}>
          {ui('topology-ui.default-grouping')}
        </button>
      </div>
    </div>
  )
}
