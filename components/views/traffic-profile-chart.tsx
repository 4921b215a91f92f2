'use client'

import dynamic from 'next/dynamic'
import type { Locale } from '@/lib/i18n/locale'
import type { TrafficProfile } from '@/lib/model'
import { SERIES } from './chart-theme'
import { ChartFigure, LegendItem } from './chart-figure'
import { viewSay } from './view-say'

const TRAFFIC_PROFILE_CHART_HEIGHT_PX = 260

type TrafficProfileChartProps = { locale: Locale; traffic: TrafficProfile; summary: string }

// The recharts plot loads after the page (see latency-chart.tsx).
const TrafficProfilePlot = dynamic(() => import('./traffic-profile-chart-plot').then((m) => m.TrafficProfilePlot), { ssr: false })

/** Requests per second in each daily band and at the peak event, the peak drawn in the peak colour. */
export function TrafficProfileChart(props: TrafficProfileChartProps) {
  const w = viewSay(props.locale)
  return (
    <ChartFigure
      summary={props.summary}
      heightPx={TRAFFIC_PROFILE_CHART_HEIGHT_PX}
      legend={
        <>
          <LegendItem color={SERIES.typical}>{w('daily-band')}</LegendItem>
          <LegendItem color={SERIES.peak}>{w('peak-event')}</LegendItem>
        </>
      }
    >
      <TrafficProfilePlot {...props} heightPx={TRAFFIC_PROFILE_CHART_HEIGHT_PX} />
    </ChartFigure>
  )
}
