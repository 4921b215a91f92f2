'use client'

// The recharts half of FrontierChart, loaded after the page (see frontier-chart.tsx).

import type { ReactNode } from 'react'
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts'
import type { ScatterShapeProps } from 'recharts/types/util/ScatterUtils'
import { AXIS_TICK, LABEL_FONT_PX, SERIES } from '@/components/views/chart-theme'
import { perLocale } from '@/components/views/per-locale'
import { formatDollars, formatMs, formatPercent, formatWon } from '@/lib/i18n/format'
import { intlLocale, type Locale } from '@/lib/i18n/locale'
import type { Proposal } from '@/lib/advise/types'
import { advisorSay } from './advisor-say'
import { POINT_COLOR } from './frontier-colors'
import type { FrontierPoint, PointKind } from './frontier-points'

const MARGIN = { top: 12, right: 20, bottom: 28, left: 12 }

/** A point's mark, different in shape as well as colour: circle within the SLA, triangle over it, diamond for the current design. */
function Mark({ kind, cx, cy, previewed }: { kind: PointKind; cx: number; cy: number; previewed: boolean }) {
  const color = POINT_COLOR[kind]
  return (
    <g style={{ cursor: kind === 'current' ? 'default' : 'pointer' }}>
      {previewed && <circle cx={cx} cy={cy} r={11} fill="none" stroke={SERIES.ceiling} strokeWidth={2} />}
      {kind === 'within-sla' && <circle cx={cx} cy={cy} r={6} fill={color} stroke="#ffffff" strokeWidth={1.5} />}
      {kind === 'over-sla' && <path d={`M${cx},${cy - 7} L${cx + 7},${cy + 5} L${cx - 7},${cy + 5} Z`} fill={color} stroke="#ffffff" strokeWidth={1.5} />}
      {kind === 'current' && <path d={`M${cx},${cy - 8} L${cx + 8},${cy} L${cx},${cy + 8} L${cx - 8},${cy} Z`} fill={color} stroke="#ffffff" strokeWidth={1.5} />}
    </g>
  )
}

function shapeOf(kind: PointKind) {
  return function PointShape(props: ScatterShapeProps) {
    const point = props.payload as FrontierPoint | undefined
    if (props.cx === undefined || props.cy === undefined || !point) return <g />
    return <Mark kind={kind} cx={props.cx} cy={props.cy} previewed={point.previewed} />
  }
}

// Built once, so recharts sees the same shape component on every render.
const SHAPES: Record<PointKind, ReturnType<typeof shapeOf>> = { 'within-sla': shapeOf('within-sla'), 'over-sla': shapeOf('over-sla'), current: shapeOf('current') }

function FrontierTooltip({ active, payload, locale }: TooltipContentProps & { locale: Locale }) {
  const point = payload?.[0]?.payload as FrontierPoint | undefined
  if (!active || !point) return null
  const w = advisorSay(locale)
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs text-slate-700 shadow-md">
      <div className="mb-1 font-semibold text-slate-900">{point.rank === null ? w('tip.current') : w('preview.title.frontier', { rank: point.rank })}</div>
      <div>{w('tip.cost', { krw: formatWon(point.monthlyKrw, locale), usd: formatDollars(point.monthlyUsd, locale) })}</div>
      <div>{w('tip.coverage', { coverage: formatPercent(point.coveragePercent / 100) })}</div>
      <div>{w('tip.p95', { p95: formatMs(point.p95Ms ?? Infinity, locale) })}</div>
      {point.rank !== null && <div>{w('tip.changes', { count: point.changes })}</div>}
    </div>
  )
}

const TOOLTIPS = perLocale((locale) => (props: TooltipContentProps): ReactNode => <FrontierTooltip {...props} locale={locale} />)

/** "₩120K" / "₩12만": axis ticks short enough to fit, the full figure is in the tooltip and the table. */
const COMPACT_WON = perLocale((locale) => {
  const format = new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'KRW', notation: 'compact', maximumFractionDigits: 1 })
  return (krw: number) => format.format(krw)
})

type FrontierPlotProps = { locale: Locale; points: FrontierPoint[]; heightPx: number; onPick: (proposal: Proposal) => void }

/** The frontier as a scatter: monthly cost across, recovery coverage up; clicking a design previews it. */
export function FrontierPlot({ locale, points, heightPx, onPick }: FrontierPlotProps) {
  const w = advisorSay(locale)
  const byKind = (kind: PointKind) => points.filter((p) => p.kind === kind)
  const pick = (item: { payload?: unknown }) => {
    const proposal = (item.payload as FrontierPoint | undefined)?.proposal
    if (proposal) onPick(proposal)
  }
  return (
    <ResponsiveContainer width="100%" height={heightPx}>
      <ScatterChart margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke={SERIES.grid} />
        <XAxis
          type="number"
          dataKey="monthlyKrw"
          domain={['auto', 'auto']}
          tick={AXIS_TICK}
          stroke={SERIES.grid}
          tickFormatter={COMPACT_WON[locale]}
          label={{ value: w('axis.cost'), position: 'insideBottom', offset: -16, fontSize: LABEL_FONT_PX, fill: SERIES.axis }}
        />
        <YAxis
          type="number"
          dataKey="coveragePercent"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tick={AXIS_TICK}
          stroke={SERIES.grid}
          width={48}
          label={{ value: w('axis.coverage'), angle: -90, position: 'insideLeft', fontSize: LABEL_FONT_PX, fill: SERIES.axis, dy: 60 }}
        />
        <Tooltip content={TOOLTIPS[locale]} cursor={{ strokeDasharray: '3 3' }} isAnimationActive={false} />
        {(['within-sla', 'over-sla', 'current'] as const).map((kind) => (
          <Scatter key={kind} data={byKind(kind)} shape={SHAPES[kind]} isAnimationActive={false} onClick={pick} />
        ))}
      </ScatterChart>
    </ResponsiveContainer>
  )
}
