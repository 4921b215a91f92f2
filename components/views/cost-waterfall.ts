import { roundCents, type CostComponent, type CostReport } from '@/lib/cost'
import type { Locale } from '@/lib/i18n/locale'
import { sayCost, sayCostComponent } from '@/lib/i18n/catalog/say-cost'
import { viewSay } from './view-say'

/** The words on the bill for each component of the cost report. */
export function componentLabel(component: CostComponent, locale: Locale): string {
  return sayCostComponent(locale, component)
}

/** One bar of the waterfall: a component's known cost, stacked on the components before it. */
export type WaterfallRow = {
  key: CostComponent | 'total'
  label: string
  /** Where the bar starts: the known cost of every component above it. */
  baseUsd: number
  /** Sum of the component's lines with a known price. */
  knownUsd: number
  /** Lines whose price is unknown: drawn as a hatched marker, never as $0. */
  unknownCount: number
  lines: { label: string; monthlyUsd: number | null }[]
  isTotal: boolean
}

/**
 * The monthly bill as a waterfall, components in the order the report lists them, ending in the total.
 * Example (swiftlogix): Compute 0 → 108.12, Database 108.12 → 123.56, Monitoring 123.56 → 141.81, …,
 * Total 0 → 200.87 (the report's own total, so rounding never drifts from the headline).
 */
export function buildCostWaterfall(cost: Pick<CostReport, 'lines' | 'monthlyUsd' | 'unknownLines'>, locale: Locale): WaterfallRow[] {
  const rows: WaterfallRow[] = []
  for (const line of cost.lines) {
    let row = rows.find((r) => r.key === line.component)
    if (!row) {
      row = { key: line.component, label: componentLabel(line.component, locale), baseUsd: 0, knownUsd: 0, unknownCount: 0, lines: [], isTotal: false }
      rows.push(row)
    }
    row.lines.push({ label: sayCost(locale, line.label), monthlyUsd: line.monthlyUsd })
    if (line.monthlyUsd === null) row.unknownCount += 1
    else row.knownUsd = roundCents(row.knownUsd + line.monthlyUsd)
  }
  let running = 0
  for (const row of rows) {
    row.baseUsd = running
    running = roundCents(running + row.knownUsd)
  }
  rows.push({
    key: 'total',
    label: viewSay(locale)('total-a-month'),
    baseUsd: 0,
    knownUsd: cost.monthlyUsd,
    unknownCount: cost.unknownLines.length,
    lines: [],
    isTotal: true,
  })
  return rows
}

/**
 * The right end of the waterfall's USD axis: room for the largest bar, the budget line and the
 * labels written after the bars. Example: total 200.87, budget 115.38 → 300.
 */
export function waterfallAxisMaxUsd(rows: readonly WaterfallRow[], budgetUsd: number): number {
  const largest = Math.max(budgetUsd, ...rows.map((r) => r.baseUsd + r.knownUsd))
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(largest * 1.3, 1)))
  return Math.ceil((largest * 1.3) / magnitude) * magnitude
}
