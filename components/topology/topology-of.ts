import { assessCapacity } from '@/lib/capacity'
import type { Scenario } from '@/lib/model'
import { buildTopology, isFiltering, type EdgeFilter, type Topology } from '@/lib/topology'

/**
 * Scenarios are immutable, so the canvas and the details panel share one layout per scenario
 * object instead of laying the same config out twice.
 */
const cache = new WeakMap<Scenario, Topology>()

/** Tasks each service runs at its peak, by service id: service boxes show their AZ's share of it. */
function peakTasksOf(scenario: Scenario): Map<string, number> {
  return new Map(assessCapacity(scenario.config, scenario.requirements).services.map((s) => [s.serviceId, s.peakTasks]))
}

export function topologyOf(scenario: Scenario): Topology {
  let topology = cache.get(scenario)
  if (!topology) {
    topology = buildTopology(scenario.config, { peakTasks: peakTasksOf(scenario) })
    cache.set(scenario, topology)
  }
  return topology
}

/** Recent views per scenario: toggling a group back finds its layout (and its routed lines) again. */
const views = new WeakMap<Scenario, Map<string, Topology>>()
const VIEWS_KEPT = 8

/**
 * The layout as drawn with some groups collapsed and the lines filtered; the full layout when
 * nothing is collapsed or filtered.
 */
export function viewTopologyOf(scenario: Scenario, collapsed: ReadonlySet<string>, filter: EdgeFilter): Topology {
  if (collapsed.size === 0 && !isFiltering(filter)) return topologyOf(scenario)
  const key = `${[...collapsed].sort().join('|')}#${filter.port ?? ''}#${filter.sgId ?? ''}`
  let kept = views.get(scenario)
  if (!kept) views.set(scenario, (kept = new Map()))
  let view = kept.get(key)
  if (!view) {
    view = buildTopology(scenario.config, { collapsed, filter, peakTasks: peakTasksOf(scenario) })
    kept.set(key, view)
    if (kept.size > VIEWS_KEPT) kept.delete(kept.keys().next().value!)
  }
  return view
}
