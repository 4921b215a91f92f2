'use client'

// The recharts half of CostWaterfallChart, loaded after the page (see cost-waterfall-chart.tsx).

import { useState, type ReactNode } from 'react'
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps } from 'recharts'
import type { Locale } from '@/lib/i18n/locale'
import { AXIS_TICK, LABEL_FONT_PX, SERIES } from './chart-theme'
import type { WaterfallRow } from './cost-waterfall'
import { VERDICT_FILL } from './verdict'
import { formatUsd } from './view-format'
import { perLocale } from './per-locale'
import { viewSay } from './view-say'

const MARGIN = { top: 20, right: 24, bottom: 4, left: 4 }
/**
 * Below this width the axis' headroom no longer holds the figure written after the longest bar
 * (the total, "US$1,234.56" in Korean), so the plot keeps a wider right margin for it.
 */
const NARROW_PX = 560
const NARROW_MARGIN = { ...MARGIN, right: 80 }
const HATCH_ID = 'finance-unknown-hatch'
const MARKER_PX = 16

function describeRow(row: WaterfallRow, locale: Locale): string {
  const w = viewSay(locale)
  if (row.unknownCount === 0) return formatUsd(row.knownUsd, locale)
  if (row.lines.length > 0 && row.unknownCount === row.lines.length) return w('unknown-lines', { n: row.unknownCount })
  return w('plus-unknown', { atLeast: row.isTotal ? w('at-least') : '', usd: formatUsd(row.knownUsd, locale), n: row.unknownCount })
}

/** The visible segment, then a hatched marker for unknown lines, then the figure in words. */
function makeSegment(totalFill: string, locale: Locale) {
  return function Segment(props: BarShapeProps) {
    const row = props.payload as WaterfallRow
    const { x, y, width, height } = props
    const hasUnknown = row.unknownCount > 0
    const end = x + Math.max(0, width)
    return (
      <g>
        {width > 0 && <rect x={x} y={y} width={width} height={height} rx={2} fill={row.isTotal ? totalFill : SERIES.known} />}
        {hasUnknown && (
          <rect x={end + 2} y={y} width={MARKER_PX} height={height} rx={2} fill={`url(#${HATCH_ID})`} stroke={SERIES.unknown} strokeWidth={1} />
        )}
        <text
          x={end + (hasUnknown ? MARKER_PX + 8 : 6)}
          y={y + height / 2}
          dominantBaseline="central"
          fontSize={LABEL_FONT_PX}
          fontWeight={row.isTotal ? 600 : 400}
          fill={SERIES.text}
          stroke="#ffffff"
          strokeWidth={4}
          paintOrder="stroke"
        >
          {describeRow(row, locale)}
        </text>
      </g>
    )
  }
}

// Built once per language, so recharts sees the same shape component on every render.
const SEGMENTS = perLocale((locale) => ({ within: makeSegment(VERDICT_FILL.good, locale), over: makeSegment(VERDICT_FILL.bad, locale) }))

const TOOLTIPS = perLocale((locale) => (props: TooltipContentProps): ReactNode => <CostTooltip {...props} locale={locale} />)

function CostTooltip({ active, payload, locale }: TooltipContentProps & { locale: Locale }) {
  const row = payload?.[0]?.payload as WaterfallRow | undefined
  if (!active || !row) return null
  return (
    <div className="max-w-sm rounded-md border border-slate-200 bg-white px-3 py-2 text-xs text-slate-700 shadow-md">
      <div className="mb-1 font-semibold text-slate-900">
        {row.label}: {describeRow(row, locale)}
      </div>
      <ul className="space-y-0.5">
        {row.lines.map((line) => (
          <li key={line.label} className="flex justify-between gap-4">
            <span>{line.label}</span>
            <span className={`tabular-nums ${line.monthlyUsd === null ? 'italic text-slate-500' : ''}`}>{formatUsd(line.monthlyUsd, locale)}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** What the plot draws; the frame around it (cost-waterfall-chart.tsx) fixes the height. */
type CostWaterfallPlotProps = { locale: Locale; rows: WaterfallRow[]; budgetUsd: number; axisMaxUsd: number; withinBudget: boolean; heightPx: number }

/**
 * The month's bill as a horizontal waterfall: each component starts where the one above it ends, the
 * last bar is the total, and a dashed line marks the budget. Unknown prices are hatched, never $0.
 */
export function CostWaterfallPlot({ locale, rows, budgetUsd, axisMaxUsd, withinBudget, heightPx }: CostWaterfallPlotProps) {
  const w = viewSay(locale)
  const budget = w('budget-line', { usd: formatUsd(budgetUsd, locale) })
  const [widthPx, setWidthPx] = useState<number | null>(null)
  const margin = widthPx !== null && widthPx < NARROW_PX ? NARROW_MARGIN : MARGIN
  return (
    <ResponsiveContainer width="100%" height={heightPx} onResize={setWidthPx}>
      <BarChart data={rows} layout="vertical" margin={margin} barCategoryGap={6} accessibilityLayer={false}>
        <defs>
          <pattern id={HATCH_ID} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width={6} height={6} fill="#f8fafc" />
            <line x1={0} y1={0} x2={0} y2={6} stroke={SERIES.unknown} strokeWidth={3} />
          </pattern>
        </defs>
        <CartesianGrid horizontal={false} stroke={SERIES.grid} />
        <XAxis type="number" domain={[0, axisMaxUsd]} tickCount={7} tick={AXIS_TICK} tickFormatter={(v: number) => `$${v}`} stroke={SERIES.grid} />
        <YAxis type="category" dataKey="label" width={132} tick={AXIS_TICK} stroke={SERIES.grid} interval={0} />
        <Tooltip content={TOOLTIPS[locale]} cursor={{ fill: '#f1f5f9' }} isAnimationActive={false} />
        <Bar dataKey="baseUsd" stackId="waterfall" fill="transparent" isAnimationActive={false} />
        <Bar dataKey="knownUsd" stackId="waterfall" shape={withinBudget ? SEGMENTS[locale].within : SEGMENTS[locale].over} isAnimationActive={false} />
        <ReferenceLine
          x={budgetUsd}
          stroke={SERIES.ceiling}
          strokeDasharray="5 4"
          strokeWidth={1.5}
          ifOverflow="extendDomain"
          // Behind the bars (z 300), so the figures written after each bar stay readable where the line crosses them.
          zIndex={250}
          label={{ value: budget, position: 'top', fontSize: LABEL_FONT_PX, fill: SERIES.ceiling }}
        />
      </BarChart>
    </ResponsiveContainer>
  )
}
