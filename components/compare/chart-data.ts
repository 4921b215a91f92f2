import type { Comparison } from '@/lib/compare'
import type { CostComponent } from '@/lib/cost'
import { niceCeil } from '@/components/views/latency-chart-data'

/** Five equal steps up to a "nice" axis maximum: 500 → [0, 100, …, 500]. */
export function axisTicks(max: number): number[] {
  return Array.from({ length: 6 }, (_, i) => Number(((max / 5) * i).toPrecision(12)))
}

/** One plan's pair of cost bars. Unknown lines are a count, never a height. */
export type CostBarRow = {
  name: string
  typicalUsd: number
  peakUsd: number
  complete: boolean
  unknownCount: number
  overBudget: boolean
}

/**
 * The grouped cost bars (typical month, month with the peak) and an axis that always shows the
 * budget line with room for the labels above the bars.
 * Example (seed 001): plan 1 391.50 / 401.05, plan 3 209.53 / 219.76; budget 115.38 → axis 500.
 */
export function buildCostBars(comparison: Comparison, names: readonly string[]): { rows: CostBarRow[]; axisMaxUsd: number; ticks: number[] } {
  const rows = comparison.items.map((item, i) => ({
    name: names[i] ?? item.name,
    typicalUsd: item.cost.band.typicalUsd,
    peakUsd: item.cost.band.peakUsd,
    complete: item.cost.complete,
    unknownCount: item.cost.unknownLineIds.length,
    overBudget: !item.cost.budget.withinBudget,
  }))
  const largest = Math.max(...rows.map((r) => r.peakUsd), ...comparison.items.map((i) => i.cost.budget.budgetUsd))
  const axisMaxUsd = niceCeil(largest * 1.2)
  return { rows, axisMaxUsd, ticks: axisTicks(axisMaxUsd) }
}

/** One plan's stack: known USD per component, and the components that also have unknown lines. */
export type StackRow = { name: string; totalUsd: number; complete: boolean; unknownComponents: CostComponent[] } & Partial<Record<CostComponent, number>>

/**
 * Known cost per component per plan, the components in the order the plans first bill them.
 * Example (seed 001, plan 3): compute 62.17, database 5.24 (+ RDS instance unknown), cache 0 (unknown), …
 */
export function buildComponentStack(comparison: Comparison, names: readonly string[]): { rows: StackRow[]; components: CostComponent[]; axisMaxUsd: number; ticks: number[] } {
  const components = comparison.components.map((c) => c.component)
  const rows = comparison.items.map((item, i) => {
    const row: StackRow = { name: names[i] ?? item.name, totalUsd: item.cost.monthlyUsd, complete: item.cost.complete, unknownComponents: [] }
    for (const aligned of comparison.components) {
      const cell = aligned.cells[i]!
      row[aligned.component] = cell.knownUsd
      if (cell.unknownLabels.length > 0) row.unknownComponents.push(aligned.component)
    }
    return row
  })
  const axisMaxUsd = niceCeil(Math.max(...rows.map((r) => r.totalUsd)) * 1.2)
  return { rows, components, axisMaxUsd, ticks: axisTicks(axisMaxUsd) }
}

export type LatencyBarRow = {
  name: string
  /** Drawn height: the axis top when overloaded. */
  typicalMs: number
  peakMs: number
  typicalOverloaded: boolean
  peakOverloaded: boolean
  meetsSla: boolean
}

/**
 * Worst p95 per plan at the busiest band and at the peak, on an axis that always shows the SLA.
 * An overloaded plan (null p95) is drawn to the top of the axis and flagged, never as a number.
 */
export function buildLatencyBars(comparison: Comparison, names: readonly string[]): { rows: LatencyBarRow[]; yMaxMs: number; slaMs: number } {
  const slaMs = Math.max(...comparison.items.map((i) => i.capacity.slaP95Ms))
  const finite = comparison.items.flatMap((i) => [i.capacity.worstTypicalP95Ms, i.capacity.worstPeakP95Ms]).filter((v): v is number => v !== null)
  const yMaxMs = niceCeil(Math.max(slaMs, ...finite) * 1.1)
  const rows = comparison.items.map((item, i) => ({
    name: names[i] ?? item.name,
    typicalMs: item.capacity.worstTypicalP95Ms ?? yMaxMs,
    peakMs: item.capacity.worstPeakP95Ms ?? yMaxMs,
    typicalOverloaded: item.capacity.worstTypicalP95Ms === null,
    peakOverloaded: item.capacity.worstPeakP95Ms === null,
    meetsSla: item.capacity.meetsSla,
  }))
  return { rows, yMaxMs, slaMs }
}

export type FindingsRow = { name: string; high: number; medium: number; low: number }

export function buildFindingsBars(comparison: Comparison, names: readonly string[]): FindingsRow[] {
  return comparison.items.map((item, i) => ({ name: names[i] ?? item.name, ...item.security.counts }))
}

/** Plans [0, 1, 2, 3] → the pairs a diff shows: consecutive [[0,1],[1,2],[2,3]] or against the first [[0,1],[0,2],[0,3]]. */
export function diffPairs(count: number, mode: 'consecutive' | 'first'): [number, number][] {
  return Array.from({ length: Math.max(0, count - 1) }, (_, i): [number, number] => (mode === 'first' ? [0, i + 1] : [i, i + 1]))
}

/** Scenario ids whose recovery mode is not the same in every plan: the rows worth reading first. */
export function differingScenarios(comparison: Comparison): Set<string> {
  return new Set(comparison.scenarioIds.filter((id) => new Set(comparison.items.map((i) => i.recovery.scenarios[id]?.mode)).size > 1))
}
