'use client'

import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps, type XAxisTickContentProps } from 'recharts'
import { AXIS_TICK, LABEL_FONT_PX, SERIES } from '@/components/views/chart-theme'
import { ChartFigure, LegendItem } from '@/components/views/chart-figure'
import { VERDICT_FILL } from '@/components/views/verdict'
import { WrappedTick } from '@/components/views/wrapped-tick'
import { useCategoryAxis } from '@/components/views/category-axis'
import { formatNumber } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locale'
import type { LatencyBarRow } from './chart-data'
import { compareSay, type SayCompare } from './compare-say'

const HEIGHT_PX = 300
const Y_AXIS_PX = 52
const MARGIN = { top: 24, right: 12, bottom: 8, left: 8 }
const HATCH_ID = 'compare-overloaded-hatch'

function msText(value: number, overloaded: boolean, w: SayCompare, locale: Locale): string {
  return overloaded ? w('overloaded') : `${formatNumber(Math.round(value), locale)} ms`
}

function makeBar(kind: 'typical' | 'peak', locale: Locale) {
  return function LatencyBar(props: BarShapeProps) {
    const row = props.payload as LatencyBarRow
    const { x, y, width, height } = props
    const overloaded = kind === 'typical' ? row.typicalOverloaded : row.peakOverloaded
    const value = kind === 'typical' ? row.typicalMs : row.peakMs
    return (
      <g>
        <rect x={x} y={y} width={width} height={Math.max(0, height)} rx={2} fill={overloaded ? `url(#${HATCH_ID})` : kind === 'typical' ? SERIES.typical : SERIES.peak} stroke={overloaded ? VERDICT_FILL.bad : 'none'} />
        <text x={x + width / 2} y={y - 6} textAnchor="middle" fontSize={LABEL_FONT_PX - 1} fontWeight={overloaded ? 600 : 400} fill={overloaded ? VERDICT_FILL.bad : SERIES.text}>
          {overloaded ? '∞' : Math.round(value)}
        </text>
      </g>
    )
  }
}

function makeTooltip(locale: Locale) {
  const w = compareSay(locale)
  return function LatencyTooltip({ active, payload }: TooltipContentProps) {
    const row = payload?.[0]?.payload as LatencyBarRow | undefined
    if (!active || !row) return null
    return (
      <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs text-slate-700 shadow-md">
        <div className="mb-1 font-semibold text-slate-900">{row.name}</div>
        <div>
          {w('latency.typical')}: {msText(row.typicalMs, row.typicalOverloaded, w, locale)}
        </div>
        <div>
          {w('latency.peak')}: {msText(row.peakMs, row.peakOverloaded, w, locale)}
        </div>
      </div>
    )
  }
}

/** Worst p95 per plan at the busiest band and at the peak, with the SLA as a dashed red line. */
export function LatencyBarsChart({ rows, yMaxMs, slaMs, locale }: { rows: LatencyBarRow[]; yMaxMs: number; slaMs: number; locale: Locale }) {
  const w = compareSay(locale)
  const sla = `${formatNumber(slaMs, locale)} ms`
  const parts = rows.map((r) => `${r.name} ${msText(r.typicalMs, r.typicalOverloaded, w, locale)} / ${msText(r.peakMs, r.peakOverloaded, w, locale)}`)
  const summary = w('latency.summary', { parts: parts.join('; '), sla })
  const axis = useCategoryAxis(rows.map((r) => r.name), { chromePx: MARGIN.left + MARGIN.right + Y_AXIS_PX })
  return (
    <ChartFigure
      summary={summary}
      heightPx={HEIGHT_PX}
      legend={
        <>
          <LegendItem color={SERIES.typical}>{w('latency.typical')}</LegendItem>
          <LegendItem color={SERIES.peak}>{w('latency.peak')}</LegendItem>
          <LegendItem color={VERDICT_FILL.bad} kind="dashed">
            {w('latency.sla', { ms: sla })}
          </LegendItem>
        </>
      }
    >
      <ResponsiveContainer width="100%" height={HEIGHT_PX} onResize={axis.onResize}>
        <BarChart data={rows} margin={MARGIN} barGap={4} barCategoryGap="26%" accessibilityLayer={false}>
          <defs>
            <pattern id={HATCH_ID} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width={6} height={6} fill="#fff1f2" />
              <line x1={0} y1={0} x2={0} y2={6} stroke={VERDICT_FILL.bad} strokeWidth={2} />
            </pattern>
          </defs>
          <CartesianGrid vertical={false} stroke={SERIES.grid} />
          <XAxis dataKey="name" interval={0} height={axis.heightPx} tickLine={false} stroke={SERIES.grid} tick={(props: XAxisTickContentProps) => <WrappedTick {...props} maxChars={16} />} />
          <YAxis domain={[0, yMaxMs]} tick={AXIS_TICK} stroke={SERIES.grid} width={Y_AXIS_PX} label={{ value: w('latency.axis'), angle: -90, position: 'insideLeft', fontSize: LABEL_FONT_PX, fill: SERIES.axis }} />
          <Tooltip content={makeTooltip(locale)} cursor={{ fill: '#f1f5f9' }} isAnimationActive={false} />
          <Bar dataKey="typicalMs" shape={makeBar('typical', locale)} maxBarSize={40} isAnimationActive={false} />
          <Bar dataKey="peakMs" shape={makeBar('peak', locale)} maxBarSize={40} isAnimationActive={false} />
          <ReferenceLine
            y={slaMs}
            stroke={VERDICT_FILL.bad}
            strokeDasharray="6 4"
            strokeWidth={1.5}
            label={{ value: w('latency.sla', { ms: sla }), position: 'insideTopRight', fontSize: LABEL_FONT_PX, fill: VERDICT_FILL.bad }}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  )
}
