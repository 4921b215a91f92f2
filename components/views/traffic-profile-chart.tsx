'use client'

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis, type XAxisTickContentProps } from 'recharts'
import type { TrafficProfile } from '@/lib/model'
import { AXIS_TICK, LABEL_FONT_PX, SERIES } from './chart-theme'
import { ChartFigure, LegendItem } from './chart-figure'
import { WrappedTick } from './wrapped-tick'

const MARGIN = { top: 24, right: 12, bottom: 8, left: 4 }
const HEIGHT_PX = 260

const RATE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
const formatRate = (value: unknown) => (typeof value === 'number' ? RATE.format(value) : String(value ?? ''))

type TrafficRow = { name: string; when: string; rps: number; isPeak: boolean }

/** The daily bands, then the peak event, each with how long it lasts. */
function toTrafficRows(traffic: TrafficProfile): TrafficRow[] {
  return [
    ...traffic.bands.map((b) => ({ name: b.name, when: `${b.hoursPerDay} h a day`, rps: b.rps, isPeak: false })),
    { name: traffic.peak.name, when: `${traffic.peak.durationHours} h event`, rps: traffic.peak.rps, isPeak: true },
  ]
}

/** Requests per second in each daily band and at the peak event, the peak drawn in the peak colour. */
export function TrafficProfileChart({ traffic, summary }: { traffic: TrafficProfile; summary: string }) {
  const rows = toTrafficRows(traffic)
  return (
    <ChartFigure
      summary={summary}
      heightPx={HEIGHT_PX}
      legend={
        <>
          <LegendItem color={SERIES.typical}>Daily band</LegendItem>
          <LegendItem color={SERIES.peak}>Peak event</LegendItem>
        </>
      }
    >
      <ResponsiveContainer width="100%" height={HEIGHT_PX}>
        <BarChart data={rows} margin={MARGIN} accessibilityLayer={false} barCategoryGap="28%">
          <CartesianGrid vertical={false} stroke={SERIES.grid} />
          <XAxis dataKey="name" interval={0} height={52} tickLine={false} stroke={SERIES.grid} tick={(props: XAxisTickContentProps) => {
              const row = rows[props.payload.index]
              return <WrappedTick {...props} maxChars={16} note={row?.when} color={row?.isPeak ? SERIES.peak : SERIES.text} bold={row?.isPeak} />
            }} />
          <YAxis tick={AXIS_TICK} stroke={SERIES.grid} width={48} label={{ value: 'req/s', angle: -90, position: 'insideLeft', fontSize: LABEL_FONT_PX, fill: SERIES.axis }} />
          <Bar dataKey="rps" minPointSize={2} isAnimationActive={false} radius={[3, 3, 0, 0]}>
            {rows.map((row) => (
              <Cell key={row.name} fill={row.isPeak ? SERIES.peak : SERIES.typical} />
            ))}
            <LabelList dataKey="rps" position="top" fontSize={LABEL_FONT_PX} fill={SERIES.text} formatter={formatRate} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  )
}
