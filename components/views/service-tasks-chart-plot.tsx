'use client'

// The recharts half of ServiceTasksChart, loaded after the page (see service-tasks-chart.tsx).

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis, type XAxisTickContentProps } from 'recharts'
import { AXIS_TICK, LABEL_FONT_PX, SERIES } from './chart-theme'
import { viewSay } from './view-say'
import { WrappedTick } from './wrapped-tick'
import { useCategoryAxis } from './category-axis'
import type { Locale } from '@/lib/i18n/locale'

const MARGIN = { top: 20, right: 12, bottom: 8, left: 4 }
const Y_AXIS_PX = 48

/** Task counts per service, all straight from the config and the capacity engine. */
export type ServiceTasksRow = { name: string; typicalTasks: number; peakTasks: number; maxTasks: number }

/** What the plot draws; the frame around it (service-tasks-chart.tsx) fixes the height. */
type ServiceTasksPlotProps = { locale: Locale; rows: ServiceTasksRow[]; heightPx: number }

/** Typical and peak tasks per service against the autoscaling maximum. */
export function ServiceTasksPlot({ locale, rows, heightPx }: ServiceTasksPlotProps) {
  const w = viewSay(locale)
  const axis = useCategoryAxis(rows.map((r) => r.name), { chromePx: MARGIN.left + MARGIN.right + Y_AXIS_PX, minPx: 40, maxChars: 18 })
  return (
    <ResponsiveContainer width="100%" height={heightPx} onResize={axis.onResize}>
      <BarChart data={rows} margin={MARGIN} accessibilityLayer={false} barGap={4} barCategoryGap="24%">
        <CartesianGrid vertical={false} stroke={SERIES.grid} />
        <XAxis dataKey="name" interval={0} height={axis.heightPx} tickLine={false} stroke={SERIES.grid} tick={(props: XAxisTickContentProps) => <WrappedTick {...props} />} />
        <YAxis tick={AXIS_TICK} stroke={SERIES.grid} width={Y_AXIS_PX} allowDecimals={false} label={{ value: w('tasks-axis'), angle: -90, position: 'insideLeft', fontSize: LABEL_FONT_PX, fill: SERIES.axis }} />
        <Bar dataKey="typicalTasks" fill={SERIES.typical} maxBarSize={40} isAnimationActive={false} radius={[3, 3, 0, 0]}>
          <LabelList dataKey="typicalTasks" position="top" fontSize={LABEL_FONT_PX} fill={SERIES.text} />
        </Bar>
        <Bar dataKey="peakTasks" fill={SERIES.peak} maxBarSize={40} isAnimationActive={false} radius={[3, 3, 0, 0]}>
          <LabelList dataKey="peakTasks" position="top" fontSize={LABEL_FONT_PX} fill={SERIES.text} />
        </Bar>
        <Bar dataKey="maxTasks" fill="#ffffff" stroke={SERIES.ceiling} strokeDasharray="4 3" strokeWidth={1} maxBarSize={40} isAnimationActive={false} radius={[3, 3, 0, 0]}>
          <LabelList dataKey="maxTasks" position="top" fontSize={LABEL_FONT_PX} fill={SERIES.axis} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}
