'use client'

// The recharts half of LatencyChart, loaded after the page (see latency-chart.tsx).

import type { ReactNode } from 'react'
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps, type XAxisTickContentProps, type TooltipContentProps } from 'recharts'
import type { Locale } from '@/lib/i18n/locale'
import { AXIS_TICK, LABEL_FONT_PX, SERIES } from './chart-theme'
import type { LatencyRow } from './latency-chart-data'
import { VERDICT_FILL } from './verdict'
import { formatMs } from '@/lib/i18n/format'
import { viewSay } from './view-say'
import { perLocale } from './per-locale'
import { WrappedTick } from './wrapped-tick'
import { useCategoryAxis } from './category-axis'

const MARGIN = { top: 24, right: 16, bottom: 8, left: 8 }
const Y_AXIS_PX = 52
const HATCH_ID = 'cto-overloaded-hatch'

/** A bar with its figure above it; an overloaded point is a full-height hatched red bar saying so. */
function makeLatencyBar(point: 'typical' | 'peak', locale: Locale) {
  const fill = point === 'typical' ? SERIES.typical : SERIES.peak
  return function LatencyBar(props: BarShapeProps) {
    const row = props.payload as LatencyRow
    const { x, y, width, height } = props
    const overloaded = point === 'typical' ? row.typicalOverloaded : row.peakOverloaded
    const label = point === 'typical' ? row.typicalValue : row.peakValue
    return (
      <g>
        <rect
          x={x}
          y={y}
          width={width}
          height={Math.max(0, height)}
          rx={2}
          fill={overloaded ? `url(#${HATCH_ID})` : fill}
          stroke={overloaded ? VERDICT_FILL.bad : 'none'}
        />
        {overloaded ? (
          <text
            transform={`translate(${x + width / 2} ${y + 8}) rotate(90)`}
            dominantBaseline="central"
            fontSize={LABEL_FONT_PX}
            fontWeight={600}
            fill={VERDICT_FILL.bad}
            stroke="#ffffff"
            strokeWidth={4}
            paintOrder="stroke"
          >
            {viewSay(locale)('overloaded')}
          </text>
        ) : (
          <text x={x + width / 2} y={y - 6} textAnchor="middle" fontSize={LABEL_FONT_PX} fill={SERIES.text}>
            {label}
          </text>
        )}
      </g>
    )
  }
}

// Built once per language, so recharts sees the same shape component on every render.
const BARS = perLocale((locale) => ({ typical: makeLatencyBar('typical', locale), peak: makeLatencyBar('peak', locale) }))

const TOOLTIPS = perLocale((locale) => (props: TooltipContentProps): ReactNode => <LatencyTooltip {...props} locale={locale} />)

function LatencyTooltip({ active, payload, locale }: TooltipContentProps & { locale: Locale }) {
  const w = viewSay(locale)
  const row = payload?.[0]?.payload as LatencyRow | undefined
  if (!active || !row) return null
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs text-slate-700 shadow-md">
      <div className="mb-1 font-semibold text-slate-900">{row.name}</div>
      <div>
        {w('p95-at-busiest-band-tip')}
        {row.typicalLabel}
      </div>
      <div>
        {w('p95-at-peak-tip')}
        {row.peakLabel}
      </div>
    </div>
  )
}

/** What the plot draws; the frame around it (latency-chart.tsx) fixes the height. */
type LatencyPlotProps = { locale: Locale; rows: LatencyRow[]; yMaxMs: number; slaMs: number; heightPx: number }

/** p95 per service at typical and peak load, with the SLA as a dashed line. */
export function LatencyPlot({ locale, rows, yMaxMs, slaMs, heightPx }: LatencyPlotProps) {
  const sla = formatMs(slaMs, locale)
  const axis = useCategoryAxis(rows.map((r) => r.name), { chromePx: MARGIN.left + MARGIN.right + Y_AXIS_PX, minPx: 40, maxChars: 18 })
  return (
    <ResponsiveContainer width="100%" height={heightPx} onResize={axis.onResize}>
      <BarChart data={rows} margin={MARGIN} accessibilityLayer={false} barGap={4} barCategoryGap="24%">
        <defs>
          <pattern id={HATCH_ID} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width={6} height={6} fill="#fff1f2" />
            <line x1={0} y1={0} x2={0} y2={6} stroke={VERDICT_FILL.bad} strokeWidth={2} />
          </pattern>
        </defs>
        <CartesianGrid vertical={false} stroke={SERIES.grid} />
        <XAxis dataKey="name" interval={0} height={axis.heightPx} tickLine={false} stroke={SERIES.grid} tick={(props: XAxisTickContentProps) => <WrappedTick {...props} />} />
        <YAxis
          domain={[0, yMaxMs]}
          tick={AXIS_TICK}
          stroke={SERIES.grid}
          width={Y_AXIS_PX}
          label={{ value: viewSay(locale)('latency-axis'), angle: -90, position: 'insideLeft', fontSize: LABEL_FONT_PX, fill: SERIES.axis }}
        />
        <Tooltip content={TOOLTIPS[locale]} cursor={{ fill: '#f1f5f9' }} isAnimationActive={false} />
        <Bar dataKey="typicalMs" shape={BARS[locale].typical} maxBarSize={40} isAnimationActive={false} />
        <Bar dataKey="peakMs" shape={BARS[locale].peak} maxBarSize={40} isAnimationActive={false} />
        <ReferenceLine
          y={slaMs}
          stroke={VERDICT_FILL.bad}
          strokeDasharray="6 4"
          strokeWidth={1.5}
          label={{ value: viewSay(locale)('sla-line', { sla }), position: 'insideTopRight', fontSize: LABEL_FONT_PX, fill: VERDICT_FILL.bad }}
        />
      </BarChart>
    </ResponsiveContainer>
  )
}
