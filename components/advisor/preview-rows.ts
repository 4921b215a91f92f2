import { sayMiss } from '@/lib/i18n/catalog/say-advise'
import type { Judged } from '@/lib/advise/goals'
import type { AdviceGoal, Proposal } from '@/lib/advise/types'
import { changeWords } from '@/lib/i18n/catalog/say-compare'
import { formatDollars, formatMs, formatPercent, formatWon } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locale'
import type { AdvisorFigure } from '@/lib/i18n/catalog/advisor-ui-reasons'
import { advisorSay } from './advisor-say'

/** One figure of the preview: this design's, the current design's, and the difference. */
export type FigureRow = { figure: AdvisorFigure; label: string; design: string; current: string; difference: string; tone: 'better' | 'worse' | 'same' }
/** One goal of the preview: met, or missed and by how much (advise's own words). */
export type GoalRow = { goal: AdviceGoal; met: boolean; text: string }

const GOALS: AdviceGoal[] = ['budget', 'sla', 'recovery', 'security']

// U+2212 for minus, so the differences line up with the views' deltas (components/views/format-delta.ts).
const sign = (value: number) => (value > 0 ? '+' : value < 0 ? '−' : '')
const toneOf = (delta: number, lowerIsBetter: boolean): FigureRow['tone'] => (delta === 0 ? 'same' : delta < 0 === lowerIsBetter ? 'better' : 'worse')

/**
 * The preview's figures against the current design's. Example (SwiftLogix's best):
 * cost "₩122,382 ($94.14)" vs "₩261,131 ($200.87)", difference "−₩138,749", better.
 */
export function figureRows(design: Judged, current: Judged, locale: Locale): FigureRow[] {
  const w = advisorSay(locale)
  const money = (j: Judged) => `${formatWon(j.monthlyKrw, locale)} (${formatDollars(j.monthlyUsd, locale)})${j.complete ? '' : ` · ${w('preview.lower-bound')}`}`
  const costDelta = design.monthlyKrw - current.monthlyKrw
  const coverageDelta = Math.round((design.coverage - current.coverage) * 1000) / 10
  const p95 = (ms: number | null) => formatMs(ms ?? Infinity, locale)
  const p95Delta = design.p95Ms !== null && current.p95Ms !== null ? Math.round(design.p95Ms - current.p95Ms) : null
  return [
    {
      figure: 'cost',
      label: w('preview.figure', { figure: 'cost' }),
      design: money(design),
      current: money(current),
      difference: costDelta === 0 ? w('preview.same') : `${sign(costDelta)}${formatWon(Math.abs(costDelta), locale)}`,
      tone: toneOf(costDelta, true),
    },
    {
      figure: 'coverage',
      label: w('preview.figure', { figure: 'coverage' }),
      design: formatPercent(design.coverage),
      current: formatPercent(current.coverage),
      difference: coverageDelta === 0 ? w('preview.same') : w('delta.coverage', { delta: `${sign(coverageDelta)}${Math.abs(coverageDelta)}` }),
      tone: toneOf(coverageDelta, false),
    },
    {
      figure: 'p95',
      label: w('preview.figure', { figure: 'p95' }),
      design: p95(design.p95Ms),
      current: p95(current.p95Ms),
      difference: p95Delta === null ? '—' : p95Delta === 0 ? w('preview.same') : `${sign(p95Delta)}${formatMs(Math.abs(p95Delta), locale)}`,
      tone: p95Delta === null ? (design.p95Ms === null ? 'worse' : 'better') : toneOf(p95Delta, true),
    },
  ]
}

/** Each goal, met or missed by how much: "Misses the budget goal: ₩42,660 a month over the budget". */
export function goalRows(design: Judged, locale: Locale): GoalRow[] {
  const w = advisorSay(locale)
  return GOALS.map((goal) => {
    const miss = design.misses.find((m) => m.goal === goal)
    return miss ? { goal, met: false, text: w('preview.misses', { goal, by: sayMiss(locale, miss) }) } : { goal, met: true, text: w('preview.meets', { goal }) }
  })
}

/** Each change against the current design, as Compare words it: "NAT: One shared → NAT instance, −$29.20/month". */
export function changeLines(proposal: Proposal, locale: Locale): string[] {
  const w = advisorSay(locale)
  return proposal.changes.map((change) => w('preview.change', changeWords(locale, change)))
}
