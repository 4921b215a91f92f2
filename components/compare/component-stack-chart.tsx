'use client'

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps, type XAxisTickContentProps } from 'recharts'
import { AXIS_TICK, LABEL_FONT_PX, SERIES } from '@/components/views/chart-theme'
import { ChartFigure, LegendItem } from '@/components/views/chart-figure'
import { WrappedTick } from '@/components/views/wrapped-tick'
import { useCategoryAxis } from '@/components/views/category-axis'
import type { CostComponent } from '@/lib/cost'
import { formatUsd } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locale'
import { costComponentNames } from '@/lib/i18n/catalog/say-cost'
import type { StackRow } from './chart-data'
import { UNKNOWN_HATCH_ID, UnknownHatch } from './cost-bars-chart'
import { compareSay } from './compare-say'

const HEIGHT_PX = 340
const Y_AXIS_PX = 56
const MARGIN = { top: 44, right: 12, bottom: 8, left: 8 }
const CAP_PX = 14

/** One colour per component, the same in every plan's stack. */
const COMPONENT_FILL: Record<CostComponent, string> = {
  compute: '#4f46e5',
  database: '#0284c7',
  cache: '#0d9488',
  network: '#ca8a04',
  'load-balancer': '#db2777',
  'admin-access': '#475569',
  edge: '#ea580c',
  monitoring: '#65a30d',
  'data-transfer': '#0891b2',
}

/** Drawn on top of the stack: the total, and a hatched cap naming how many components have unknown prices. */
function makeTop(locale: Locale) {
  const w = compareSay(locale)
  return function StackTop(props: BarShapeProps) {
    const row = props.payload as StackRow
    const { x, y, width } = props
    const unknown = row.unknownComponents.length > 0
    const capTop = unknown ? y - CAP_PX - 2 : y
    const cx = x + width / 2
    return (
      <g>
        {unknown && <rect x={x} y={capTop} width={width} height={CAP_PX} rx={2} fill={`url(#${UNKNOWN_HATCH_ID}-stack)`} stroke={SERIES.unknown} />}
        <text x={cx} y={capTop - 6} textAnchor="middle" fontSize={LABEL_FONT_PX - 1} fontWeight={600} fill={SERIES.text}>
          {unknown ? '≥ ' : ''}
          {formatUsd(row.totalUsd, locale)}
        </text>
        {unknown && (
          <text x={cx} y={capTop - 20} textAnchor="middle" fontSize={LABEL_FONT_PX - 1} fontStyle="italic" fill={SERIES.axis}>
            {w('stack.unknown')}
          </text>
        )}
      </g>
    )
  }
}

function makeTooltip(components: CostComponent[], locale: Locale) {
  const w = compareSay(locale)
  const names = costComponentNames(locale)
  return function StackTooltip({ active, payload }: TooltipContentProps) {
    const row = payload?.[0]?.payload as StackRow | undefined
    if (!active || !row) return null
    return (
      <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs text-slate-700 shadow-md">
        <div className="mb-1 font-semibold text-slate-900">{row.name}</div>
        <ul className="space-y-0.5">
          {[...components].reverse().map((c) => (
            <li key={c} className="flex justify-between gap-4">
              <span>{names[c]}</span>
              <span className="tabular-nums">
                {formatUsd(row[c] ?? 0, locale)}
                {row.unknownComponents.includes(c) && <em className="ml-1 text-slate-500">{w('stack.plus-unknown')}</em>}
              </span>
            </li>
          ))}
        </ul>
      </div>
    )
  }
}

/** Known cost per component, stacked per plan; components with unknown lines are named, not drawn as $0. */
export function ComponentStackChart({ rows, components, axisMaxUsd, ticks, locale }: { rows: StackRow[]; components: CostComponent[]; axisMaxUsd: number; ticks: number[]; locale: Locale }) {
  const w = compareSay(locale)
  const names = costComponentNames(locale)
  const parts = rows.map(
    (r) =>
      `${r.name}: ${components
        .filter((c) => (r[c] ?? 0) > 0 || r.unknownComponents.includes(c))
        .map((c) => `${names[c]} ${formatUsd(r[c] ?? 0, locale)}${r.unknownComponents.includes(c) ? ` ${w('stack.plus-unknown')}` : ''}`)
        .join(', ')}`,
  )
  const summary = w('stack.summary', { parts: parts.join('; ') })
  const withCap = rows.map((r) => ({ ...r, top: 0 }))
  const axis = useCategoryAxis(rows.map((r) => r.name), { chromePx: MARGIN.left + MARGIN.right + Y_AXIS_PX })
  return (
    <ChartFigure
      summary={summary}
      heightPx={HEIGHT_PX}
      legend={
        <>
          {components.map((c) => (
            <LegendItem key={c} color={COMPONENT_FILL[c]}>
              {names[c]}
            </LegendItem>
          ))}
          <LegendItem color={SERIES.unknown} kind="hatched">
            {w('stack.unknown')}
          </LegendItem>
        </>
      }
    >
      <ResponsiveContainer width="100%" height={HEIGHT_PX} onResize={axis.onResize}>
        <BarChart data={withCap} margin={MARGIN} barCategoryGap="30%" accessibilityLayer={false}>
          <UnknownHatch id={`${UNKNOWN_HATCH_ID}-stack`} />
          <CartesianGrid vertical={false} stroke={SERIES.grid} />
          <XAxis dataKey="name" interval={0} height={axis.heightPx} tickLine={false} stroke={SERIES.grid} tick={(props: XAxisTickContentProps) => <WrappedTick {...props} maxChars={16} />} />
          <YAxis domain={[0, axisMaxUsd]} ticks={ticks} tick={AXIS_TICK} stroke={SERIES.grid} width={Y_AXIS_PX} tickFormatter={(v: number) => `$${v}`} />
          <Tooltip content={makeTooltip(components, locale)} cursor={{ fill: '#f1f5f9' }} isAnimationActive={false} />
          {components.map((c) => (
            <Bar key={c} dataKey={c} stackId="cost" fill={COMPONENT_FILL[c]} maxBarSize={72} isAnimationActive={false} />
          ))}
          <Bar dataKey="top" stackId="cost" shape={makeTop(locale)} maxBarSize={72} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  )
}
