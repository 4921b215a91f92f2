'use client'

import { useState } from 'react'
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps, type XAxisTickContentProps } from 'recharts'
import { AXIS_TICK, LABEL_FONT_PX, SERIES } from '@/components/views/chart-theme'
import { ChartFigure, LegendItem } from '@/components/views/chart-figure'
import { WrappedTick } from '@/components/views/wrapped-tick'
import { useCategoryAxis } from '@/components/views/category-axis'
import { formatKrw, formatUsd } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locale'
import type { CostBarRow } from './chart-data'
import { compareSay } from './compare-say'

const HEIGHT_PX = 340
const Y_AXIS_PX = 56
// Room on the right for the budget line's label, so it never sits on a bar.
const MARGIN = { top: 52, right: 112, bottom: 8, left: 8 }
/** Below this width the plot takes the 112 px right margin back, and the budget line's words are left to the legend above. */
const NARROW_PX = 480
const NARROW_MARGIN = { ...MARGIN, right: 12 }
const CAP_PX = 14
export const UNKNOWN_HATCH_ID = 'compare-unknown-hatch'

/** The hatch every compare chart uses for "price unknown": grey stripes, never a value. */
export function UnknownHatch({ id = UNKNOWN_HATCH_ID }: { id?: string }) {
  return (
    <defs>
      <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width={6} height={6} fill="#f8fafc" />
        <line x1={0} y1={0} x2={0} y2={6} stroke={SERIES.unknown} strokeWidth={3} />
      </pattern>
    </defs>
  )
}

const BAR_GAP_PX = 6

/**
 * A bar and, for an incomplete plan, a hatched cap for its unknown lines. The typical bar also
 * writes the pair's figures above both bars: "+3 unknown", "≥ $221.53", "peak ≥ $229.71".
 */
function makeBar(kind: 'typical' | 'peak', locale: Locale) {
  const w = compareSay(locale)
  return function CostBar(props: BarShapeProps) {
    const row = props.payload as CostBarRow
    const { x, y, width, height } = props
    const unknown = !row.complete
    const capTop = unknown ? y - CAP_PX - 2 : y
    const bar = (
      <>
        <rect x={x} y={y} width={width} height={Math.max(0, height)} rx={2} fill={kind === 'typical' ? SERIES.known : SERIES.peak} />
        {unknown && <rect x={x} y={capTop} width={width} height={CAP_PX} rx={2} fill={`url(#${UNKNOWN_HATCH_ID})`} stroke={SERIES.unknown} />}
      </>
    )
    if (kind === 'peak') return <g>{bar}</g>
    // The peak bar stands beside this one on the same linear axis: its top follows from the ratio of the values.
    const peakTop = row.typicalUsd > 0 ? y + height - (row.peakUsd / row.typicalUsd) * height : y
    const top = Math.min(y, peakTop) - (unknown ? CAP_PX + 2 : 0)
    const cx = x + width + BAR_GAP_PX / 2
    const atLeast = unknown ? '≥ ' : ''
    const text = { textAnchor: 'middle' as const, stroke: '#fff', strokeWidth: 3, paintOrder: 'stroke' as const }
    return (
      <g>
        {bar}
        <text x={cx} y={top - 6} fontSize={LABEL_FONT_PX - 1} fill={SERIES.peak} {...text}>
          {w('cost.peak-label', { amount: `${atLeast}${formatUsd(row.peakUsd, locale)}` })}
        </text>
        <text x={cx} y={top - 20} fontSize={LABEL_FONT_PX} fontWeight={600} fill={SERIES.text} {...text}>
          {atLeast}
          {formatUsd(row.typicalUsd, locale)}
        </text>
        {unknown && (
          <text x={cx} y={top - 35} fontSize={LABEL_FONT_PX - 1} fontStyle="italic" fill={SERIES.axis} {...text}>
            {w('cost.unknown-marker', { count: row.unknownCount })}
          </text>
        )}
      </g>
    )
  }
}

function makeTooltip(locale: Locale) {
  const w = compareSay(locale)
  return function CostTooltip({ active, payload }: TooltipContentProps) {
    const row = payload?.[0]?.payload as CostBarRow | undefined
    if (!active || !row) return null
    const prefix = row.complete ? '' : '≥ '
    return (
      <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs text-slate-700 shadow-md">
        <div className="mb-1 font-semibold text-slate-900">{row.name}</div>
        <div>
          {w('cost.typical')}: {prefix}
          {formatUsd(row.typicalUsd, locale)}
        </div>
        <div>
          {w('cost.peak-month')}: {prefix}
          {formatUsd(row.peakUsd, locale)}
        </div>
        {!row.complete && <div className="mt-1 italic text-slate-500">{w('cost.unknown-marker', { count: row.unknownCount })}</div>}
      </div>
    )
  }
}

/** Typical month and month with the peak per plan, with the budget as a dashed line. */
/** `budget` is null when the plans have different budgets: each card then shows its own. */
export function CostBarsChart({ rows, axisMaxUsd, ticks, budget: budgetFigures, locale }: { rows: CostBarRow[]; axisMaxUsd: number; ticks: number[]; budget: { usd: number; krw: number } | null; locale: Locale }) {
  const w = compareSay(locale)
  const budget = budgetFigures ? `${formatUsd(budgetFigures.usd, locale)} (${formatKrw(budgetFigures.krw, locale)})` : '—'
  const parts = rows.map(
    (r) => `${r.name} ${r.complete ? '' : '≥ '}${formatUsd(r.typicalUsd, locale)} / ${formatUsd(r.peakUsd, locale)}${r.complete ? '' : ` (${w('cost.unknown-marker', { count: r.unknownCount })})`}`,
  )
  const summary = w('cost.summary', { parts: parts.join('; '), budget })
  const [widthPx, setWidthPx] = useState<number | null>(null)
  const narrow = widthPx !== null && widthPx < NARROW_PX
  const margin = narrow ? NARROW_MARGIN : MARGIN
  const axis = useCategoryAxis(
    rows.map((r) => r.name),
    { chromePx: margin.left + margin.right + Y_AXIS_PX },
  )
  return (
    <ChartFigure
      summary={summary}
      heightPx={HEIGHT_PX}
      legend={
        <>
          <LegendItem color={SERIES.known}>{w('cost.typical')}</LegendItem>
          <LegendItem color={SERIES.peak}>{w('cost.peak-month')}</LegendItem>
          <LegendItem color={SERIES.unknown} kind="hatched">
            {w('cost.unknown')}
          </LegendItem>
          {budgetFigures && (
            <LegendItem color={SERIES.ceiling} kind="dashed">
              {w('cost.budget-line', { budget })}
            </LegendItem>
          )}
        </>
      }
    >
      <ResponsiveContainer
        width="100%"
        height={HEIGHT_PX}
        onResize={(width) => {
          setWidthPx(width)
          axis.onResize(width)
        }}
      >
        <BarChart data={rows} margin={margin} barGap={BAR_GAP_PX} barCategoryGap="22%" accessibilityLayer={false}>
          <UnknownHatch />
          <CartesianGrid vertical={false} stroke={SERIES.grid} />
          <XAxis dataKey="name" interval={0} height={axis.heightPx} tickLine={false} stroke={SERIES.grid} tick={(props: XAxisTickContentProps) => <WrappedTick {...props} maxChars={16} />} />
          <YAxis domain={[0, axisMaxUsd]} ticks={ticks} tick={AXIS_TICK} stroke={SERIES.grid} width={Y_AXIS_PX} tickFormatter={(v: number) => `$${v}`} />
          <Tooltip content={makeTooltip(locale)} cursor={{ fill: '#f1f5f9' }} isAnimationActive={false} />
          {budgetFigures && (
          <ReferenceLine
            y={budgetFigures.usd}
            stroke={SERIES.ceiling}
            strokeDasharray="6 4"
            strokeWidth={1.5}
            zIndex={250}
            label={narrow ? undefined : { value: w('cost.budget-line', { budget: formatUsd(budgetFigures.usd, locale) }), position: 'right', fontSize: LABEL_FONT_PX, fill: SERIES.ceiling }}
          />
          )}
          <Bar dataKey="typicalUsd" shape={makeBar('typical', locale)} maxBarSize={56} isAnimationActive={false} />
          <Bar dataKey="peakUsd" shape={makeBar('peak', locale)} maxBarSize={56} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  )
}
