'use client'

import dynamic from 'next/dynamic'
import type { Locale } from '@/lib/i18n/locale'
import { SERIES } from './chart-theme'
import { ChartFigure, LegendItem } from './chart-figure'
import type { LatencyRow } from './latency-chart-data'
import { VERDICT_FILL } from './verdict'
import { formatMs } from '@/lib/i18n/format'
import { viewSay } from './view-say'

const LATENCY_CHART_HEIGHT_PX = 300

type LatencyChartProps = { locale: Locale; rows: LatencyRow[]; yMaxMs: number; slaMs: number; peakName: string; summary: string }

// recharts is ~100 KB gzipped and draws only after measuring its box: the plot loads after the
// page, inside a frame of fixed height that says what it shows (see docs/decisions/007-performance.md).
const LatencyPlot = dynamic(() => import('./latency-chart-plot').then((m) => m.LatencyPlot), { ssr: false })

/** p95 per service at typical and peak load, with the SLA as a dashed line. */
export function LatencyChart(props: LatencyChartProps) {
  const { locale, slaMs, peakName, summary } = props
  const w = viewSay(locale)
  const sla = formatMs(slaMs, locale)
  return (
    <ChartFigure
      summary={summary}
      heightPx={LATENCY_CHART_HEIGHT_PX}
      legend={
        <>
          <LegendItem color={SERIES.typical}>{w('p95-at-busiest-band')}</LegendItem>
          <LegendItem color={SERIES.peak}>{w('p95-at', { peak: peakName })}</LegendItem>
          <LegendItem color={VERDICT_FILL.bad} kind="hatched">
            {w('overloaded-legend')}
          </LegendItem>
          <LegendItem color={VERDICT_FILL.bad} kind="dashed">
            SLA {sla}
          </LegendItem>
        </>
      }
    >
      <LatencyPlot {...props} heightPx={LATENCY_CHART_HEIGHT_PX} />
    </ChartFigure>
  )
}
