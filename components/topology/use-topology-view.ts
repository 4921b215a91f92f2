'use client'

import { useCallback, useMemo, useState } from 'react'
import { useLocale } from '@/components/i18n/locale-provider'
import { sayTopology } from '@/lib/i18n/catalog/say-topology'
import type { Locale } from '@/lib/i18n/locale'
import type { Scenario } from '@/lib/model'
import { listCollapsibleGroups, listDefaultCollapsed, type EdgeFilter, type Topology } from '@/lib/topology'
import { collapsedAround, searchTopology } from './search-topology'
import type { TopologyView } from './topology-canvas'
import { topologyOf } from './topology-of'

type PortOption = { value: string; label: string }
type GroupOption = { value: string; label: string }

export type TopologyViewState = {
  view: TopologyView
  query: string
  setQuery: (query: string) => void
  /** Moves to the next hit (or the previous one) and centres on it. */
  step: (by: 1 | -1) => void
  /** 1-based position of the current hit and the number of hits. */
  matchIndex: number
  matchCount: number
  port: string
  setPort: (port: string) => void
  sgId: string
  setSgId: (sgId: string) => void
  ports: PortOption[]
  groups: GroupOption[]
  collapsedCount: number
  expandAll: () => void
  resetGrouping: () => void
}

/** The ports the rules open, in port order: '22' 'TCP 22', '5432' 'TCP 5432'. */
function listPorts(full: Topology, locale: Locale): PortOption[] {
  const byPort = new Map<string, string>()
  for (const edge of full.edges) if (edge.kind === 'sg-rule' && edge.port && !byPort.has(edge.port)) byPort.set(edge.port, sayTopology(locale, edge.label))
  return [...byPort].sort((a, b) => (parseInt(a[0], 10) || 0) - (parseInt(b[0], 10) || 0) || a[0].localeCompare(b[0])).map(([value, label]) => ({ value, label }))
}

type Grouping = { key: string; overrides: ReadonlyMap<string, boolean>; version: number }

/**
 * The toolbar's state for one scenario: which groups are collapsed (large designs start with
 * their crowded subnet tiers collapsed, see listDefaultCollapsed), the port and security-group
 * filter, and the search with its current hit. The current hit's collapsed groups open while it
 * is current, so the view can centre on it; clearing the search closes them again.
 */
export function useTopologyView(scenario: Scenario): TopologyViewState {
  const full = topologyOf(scenario)
  const { locale } = useLocale()
  const collapsible = useMemo(() => listCollapsibleGroups(full), [full])
  const defaults = useMemo(() => new Set(listDefaultCollapsed(full)), [full])
  // A new design (other groups, other crowding) starts again from its defaults.
  const shapeKey = `${collapsible.join('|')}#${[...defaults].join('|')}`
  const [grouping, setGrouping] = useState<Grouping>({ key: shapeKey, overrides: new Map(), version: 0 })
  const overrides = grouping.key === shapeKey ? grouping.overrides : new Map<string, boolean>()
  const chosen = collapsible.filter((id) => overrides.get(id) ?? defaults.has(id))

  const [query, setQueryState] = useState('')
  const [cursor, setCursor] = useState(0)
  const [focusNonce, setFocusNonce] = useState(0)
  const matches = useMemo(() => searchTopology(full, query, locale), [full, query, locale])
  const current = matches.length > 0 ? matches[cursor % matches.length]! : null

  const around = current ? collapsedAround(full, new Set(chosen), current) : []
  const collapsedKey = chosen.filter((id) => !around.includes(id)).join('|')
  const collapsed = useMemo<ReadonlySet<string>>(() => new Set(collapsedKey ? collapsedKey.split('|') : []), [collapsedKey])

  const [port, setPort] = useState('')
  const [sgId, setSgId] = useState('')
  const filter = useMemo<EdgeFilter>(() => ({ port: port || null, sgId: sgId || null }), [port, sgId])

  const onToggleGroup = useCallback(
    (id: string) =>
      setGrouping((g) => {
        const base = g.key === shapeKey ? g.overrides : new Map<string, boolean>()
        const isCollapsed = base.get(id) ?? defaults.has(id)
        return { key: shapeKey, overrides: new Map(base).set(id, !isCollapsed), version: g.version + 1 }
      }),
    [shapeKey, defaults],
  )
  const expandAll = useCallback(() => setGrouping((g) => ({ key: shapeKey, overrides: new Map(collapsible.map((id) => [id, false])), version: g.version + 1 })), [shapeKey, collapsible])
  const resetGrouping = useCallback(() => setGrouping((g) => ({ key: shapeKey, overrides: new Map(), version: g.version + 1 })), [shapeKey])

  const setQuery = useCallback((next: string) => {
    setQueryState(next)
    setCursor(0)
    setFocusNonce((n) => n + 1)
  }, [])
  const step = useCallback(
    (by: 1 | -1) => {
      if (matches.length === 0) return
      setCursor((c) => (((c % matches.length) + by + matches.length) % matches.length))
      setFocusNonce((n) => n + 1)
    },
    [matches.length],
  )

  const view = useMemo<TopologyView>(
    () => ({
      collapsed,
      layoutVersion: grouping.version,
      filter,
      matches,
      searching: query.trim().length > 0,
      currentMatch: current,
      focusNonce,
      onToggleGroup,
    }),
    [collapsed, grouping.version, filter, matches, query, current, focusNonce, onToggleGroup],
  )
  const ports = useMemo(() => listPorts(full, locale), [full, locale])
  const groups = useMemo(() => scenario.config.securityGroups.map((g) => ({ value: g.id, label: g.name })), [scenario])
  return {
    view,
    query,
    setQuery,
    step,
    matchIndex: current ? (cursor % matches.length) + 1 : 0,
    matchCount: matches.length,
    port,
    setPort,
    sgId,
    setSgId,
    ports,
    groups,
    collapsedCount: chosen.length,
    expandAll,
    resetGrouping,
  }
}
