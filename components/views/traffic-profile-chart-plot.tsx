'use client'

// The recharts half of TrafficProfileChart, loaded after the page (see traffic-profile-chart.tsx).

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis, type XAxisTickContentProps } from 'recharts'
import { formatNumber } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locale'
import type { TrafficProfile } from '@/lib/model'
import { AXIS_TICK, LABEL_FONT_PX, SERIES } from './chart-theme'
import { perLocale } from './per-locale'
import { viewSay } from './view-say'
import { WrappedTick } from './wrapped-tick'
import { useCategoryAxis } from './category-axis'

const MARGIN = { top: 24, right: 12, bottom: 8, left: 4 }
const Y_AXIS_PX = 48

const RATE_FORMATTERS = perLocale((locale) => (value: unknown) => (typeof value === 'number' ? formatNumber(value, locale, 2) : String(value ?? '')))

type TrafficRow = { name: string; when: string; rps: number; isPeak: boolean }

/** The daily bands, then the peak event, each with how long it lasts. */
function toTrafficRows(traffic: TrafficProfile, locale: Locale): TrafficRow[] {
  const w = viewSay(locale)
  return [
    ...traffic.bands.map((b) => ({ name: b.name, when: w('hours-a-day', { h: b.hoursPerDay }), rps: b.rps, isPeak: false })),
    { name: traffic.peak.name, when: w('hours-event', { h: traffic.peak.durationHours }), rps: traffic.peak.rps, isPeak: true },
  ]
}

/** Requests per second in each daily band and at the peak event, the peak drawn in the peak colour. */
/** What the plot draws; the frame around it (traffic-profile-chart.tsx) fixes the height. */
type TrafficProfilePlotProps = { locale: Locale; traffic: TrafficProfile; heightPx: number }

export function TrafficProfilePlot({ locale, traffic, heightPx }: TrafficProfilePlotProps) {
  const rows = toTrafficRows(traffic, locale)
  const axis = useCategoryAxis(rows.map((r) => r.name), { chromePx: MARGIN.left + MARGIN.right + Y_AXIS_PX, minPx: 52, noteLines: 1 })
  return (
    <ResponsiveContainer width="100%" height={heightPx} onResize={axis.onResize}>
      <BarChart data={rows} margin={MARGIN} accessibilityLayer={false} barCategoryGap="28%">
        <CartesianGrid vertical={false} stroke={SERIES.grid} />
        <XAxis dataKey="name" interval={0} height={axis.heightPx} tickLine={false} stroke={SERIES.grid} tick={(props: XAxisTickContentProps) => {
            const row = rows[props.payload.index]
            return <WrappedTick {...props} maxChars={16} note={row?.when} color={row?.isPeak ? SERIES.peak : SERIES.text} bold={row?.isPeak} />
          }} />
        <YAxis tick={AXIS_TICK} stroke={SERIES.grid} width={Y_AXIS_PX} label={{ value: viewSay(locale)('rps-axis'), angle: -90, position: 'insideLeft', fontSize: LABEL_FONT_PX, fill: SERIES.axis }} />
        <Bar dataKey="rps" minPointSize={2} isAnimationActive={false} radius={[3, 3, 0, 0]}>
          {rows.map((row) => (
            <Cell key={row.name} fill={row.isPeak ? SERIES.peak : SERIES.typical} />
          ))}
          <LabelList dataKey="rps" position="top" fontSize={LABEL_FONT_PX} fill={SERIES.text} formatter={RATE_FORMATTERS[locale]} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}
