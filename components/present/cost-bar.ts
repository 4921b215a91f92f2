import type { CostComponent } from '@/lib/cost'
import type { Evaluation } from '@/lib/evaluate'
import { groupCostByComponent } from '@/lib/narrative'

/** How many cost groups get their own colour; the rest share "other". */
const NAMED_GROUPS = 4

const GROUP_COLOURS = ['#0369a1', '#0ea5e9', '#7dd3fc', '#a5b4fc', '#cbd5e1'] as const

type CostSegment = { component: CostComponent | 'other'; krw: number; widthPercent: number; colour: string }

type CostBar = {
  scaleKrw: number
  segments: CostSegment[]
  costPercent: number
  budgetPercent: number
  peakPercent: number
  monthlyKrw: number
  budgetKrw: number
  peakKrw: number
  overByKrw: number
  within: boolean
}

/**
 * The finance slide's bars: this month's cost split by component, the budget, and the month with
 * the peak event, all on one scale. Example (swiftlogix): cost 261,131, budget 150,000, peak month
 * 279,617 → scale 279,617; budget at 53.6 %.
 */
export function buildCostBar(evaluation: Evaluation): CostBar {
  const { cost } = evaluation
  const groups = groupCostByComponent(evaluation)
  const named = groups.slice(0, NAMED_GROUPS)
  const otherKrw = groups.slice(NAMED_GROUPS).reduce((sum, g) => sum + g.krw, 0)
  const peakKrw = Math.round(cost.band.peakUsd * cost.krwPerUsd)
  const scaleKrw = Math.max(cost.monthlyKrw, cost.budget.budgetKrw, peakKrw, 1)
  const percent = (krw: number) => (krw / scaleKrw) * 100
  const segments: CostSegment[] = [
    ...named.map((g, i) => ({ component: g.component, krw: g.krw, widthPercent: percent(g.krw), colour: GROUP_COLOURS[i]! })),
    ...(otherKrw > 0 ? [{ component: 'other' as const, krw: otherKrw, widthPercent: percent(otherKrw), colour: GROUP_COLOURS[NAMED_GROUPS]! }] : []),
  ]
  return {
    scaleKrw,
    segments,
    costPercent: percent(cost.monthlyKrw),
    budgetPercent: percent(cost.budget.budgetKrw),
    peakPercent: percent(peakKrw),
    monthlyKrw: cost.monthlyKrw,
    budgetKrw: cost.budget.budgetKrw,
    peakKrw,
    overByKrw: cost.budget.overByKrw,
    within: cost.budget.withinBudget,
  }
}
