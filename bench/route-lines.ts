import { PRESETS } from '../data/presets'
import { buildTopology, listDefaultCollapsed, type Topology } from '../lib/topology'
import { routesOf } from '../components/topology/routing/route-topology'
import type { BenchResult } from './engine'
import { buildLargeScenario } from './large-config'
import { measure } from './measure'

/** Every preset's lines together, routed as the dashboard opens each one. */
const PRESETS_TARGET_MS = 100
/** The 50-service design with its crowded tier open: one redraw after "expand". */
const LARGE_TARGET_MS = 150
/** The 200-service design fully open, within the browser bench's first-render budget. */
const LARGEST_TARGET_MS = 1_000

/** A fresh object each run: routesOf remembers the routes of a topology it has seen. */
const routeAfresh = (topology: Topology) => () => routesOf({ ...topology })

/**
 * Routing every line of the topology (components/topology/routing): all presets, the 50-service
 * design collapsed and open, and the 200-service design with 100 internal ALBs open, warm.
 */
export function benchRouteLines(): BenchResult[] {
  const presets = PRESETS.map((p) => buildTopology(p.scenario.config))
  const presetRuns = presets.map((t) => measure(routeAfresh(t), 30, 5))
  const presetsMs = round(presetRuns.reduce((sum, r) => sum + r.medianMs, 0))
  const large = buildLargeScenario(50).config
  const largeOpen = buildTopology(large)
  const largeCollapsed = buildTopology(large, { collapsed: listDefaultCollapsed(largeOpen) })
  const openRun = measure(routeAfresh(largeOpen), 15, 3)
  const collapsedRun = measure(routeAfresh(largeCollapsed), 30, 5)
  const largest = buildTopology(buildLargeScenario(200, { internalLoadBalancers: 100 }).config)
  const largestRun = measure(routeAfresh(largest), 5, 1)
  const lines = (t: Topology) => `${t.nodes.length} boxes and frames, ${t.edges.length} lines`
  return [
    {
      name: 'topology: route every preset\'s lines (sum of medians)',
      unit: 'ms',
      value: presetsMs,
      target: PRESETS_TARGET_MS,
      detail: `${presets.length} presets, ${presets.reduce((n, t) => n + t.edges.length, 0)} lines`,
      pass: presetsMs < PRESETS_TARGET_MS,
    },
    {
      name: 'topology: route the 50-service design, tier open (median)',
      unit: 'ms',
      value: openRun.medianMs,
      target: LARGE_TARGET_MS,
      detail: `${lines(largeOpen)}; collapsed ${collapsedRun.medianMs} ms; p95 ${openRun.p95Ms} ms over ${openRun.runs} runs`,
      pass: openRun.medianMs < LARGE_TARGET_MS,
    },
    {
      name: 'topology: route the 200-service design, all open (median)',
      unit: 'ms',
      value: largestRun.medianMs,
      target: LARGEST_TARGET_MS,
      detail: `${lines(largest)}; p95 ${largestRun.p95Ms} ms over ${largestRun.runs} runs`,
      pass: largestRun.medianMs < LARGEST_TARGET_MS,
    },
  ]
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10
}
