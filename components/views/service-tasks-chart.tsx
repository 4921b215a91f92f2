'use client'

import dynamic from 'next/dynamic'
import type { Locale } from '@/lib/i18n/locale'
import { SERIES } from './chart-theme'
import { ChartFigure, LegendItem } from './chart-figure'
import type { ServiceTasksRow } from './service-tasks-chart-plot'
import { viewSay } from './view-say'

const SERVICE_TASKS_CHART_HEIGHT_PX = 260

type ServiceTasksChartProps = { locale: Locale; rows: ServiceTasksRow[]; summary: string }

// The recharts plot loads after the page (see latency-chart.tsx).
const ServiceTasksPlot = dynamic(() => import('./service-tasks-chart-plot').then((m) => m.ServiceTasksPlot), { ssr: false })

/** Typical and peak tasks per service against the autoscaling maximum. */
export function ServiceTasksChart(props: ServiceTasksChartProps) {
  const w = viewSay(props.locale)
  return (
    <ChartFigure
      summary={props.summary}
      heightPx={SERVICE_TASKS_CHART_HEIGHT_PX}
      legend={
        <>
          <LegendItem color={SERIES.typical}>{w('tasks-at-busiest-band')}</LegendItem>
          <LegendItem color={SERIES.peak}>{w('tasks-at-peak')}</LegendItem>
          <LegendItem color={SERIES.ceiling} kind="outlined">
            {w('autoscaling-maximum')}
          </LegendItem>
        </>
      }
    >
      <ServiceTasksPlot {...props} heightPx={SERVICE_TASKS_CHART_HEIGHT_PX} />
    </ChartFigure>
  )
}
