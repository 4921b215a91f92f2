'use client'

import dynamic from 'next/dynamic'
import type { Locale } from '@/lib/i18n/locale'
import { SERIES } from './chart-theme'
import { ChartFigure, LegendItem } from './chart-figure'
import type { WaterfallRow } from './cost-waterfall'
import { VERDICT_FILL } from './verdict'
import { formatUsd } from './view-format'
import { viewSay } from './view-say'

const ROW_PX = 30
const FRAME_PX = 56

/** Height for `rows` bars: fixed before the chart draws, so the page does not shift. */
function costChartHeightPx(rows: number): number {
  return rows * ROW_PX + FRAME_PX
}

type CostWaterfallChartProps = { locale: Locale; rows: WaterfallRow[]; budgetUsd: number; axisMaxUsd: number; withinBudget: boolean; summary: string }

// The recharts plot loads after the page (see latency-chart.tsx).
const CostWaterfallPlot = dynamic(() => import('./cost-waterfall-chart-plot').then((m) => m.CostWaterfallPlot), { ssr: false })

/**
 * The month's bill as a horizontal waterfall: each component starts where the one above it ends, the
 * last bar is the total, and a dashed line marks the budget. Unknown prices are hatched, never $0.
 */
export function CostWaterfallChart(props: CostWaterfallChartProps) {
  const { locale, budgetUsd, withinBudget } = props
  const w = viewSay(locale)
  const budget = w('budget-line', { usd: formatUsd(budgetUsd, locale) })
  return (
    <ChartFigure
      summary={props.summary}
      heightPx={costChartHeightPx(props.rows.length)}
      legend={
        <>
          <LegendItem color={SERIES.known}>{w('known-price')}</LegendItem>
          <LegendItem color={SERIES.unknown} kind="hatched">
            {w('unknown-price')}
          </LegendItem>
          <LegendItem color={withinBudget ? VERDICT_FILL.good : VERDICT_FILL.bad}>{w('total-budget', { within: withinBudget })}</LegendItem>
          <LegendItem color={SERIES.ceiling} kind="dashed">
            {budget}
          </LegendItem>
        </>
      }
    >
      <CostWaterfallPlot {...props} heightPx={costChartHeightPx(props.rows.length)} />
    </ChartFigure>
  )
}
