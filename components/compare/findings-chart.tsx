'use client'

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis, type XAxisTickContentProps } from 'recharts'
import { AXIS_TICK, SERIES } from '@/components/views/chart-theme'
import { ChartFigure, LegendItem } from '@/components/views/chart-figure'
import { SEVERITY_FILL } from '@/components/ui/tones'
import { WrappedTick } from '@/components/views/wrapped-tick'
import { useCategoryAxis } from '@/components/views/category-axis'
import type { Locale } from '@/lib/i18n/locale'
import type { FindingsRow } from './chart-data'
import { compareSay } from './compare-say'

const HEIGHT_PX = 300
const Y_AXIS_PX = 32
const MARGIN = { top: 24, right: 12, bottom: 8, left: 0 }
const SEVERITIES = ['high', 'medium', 'low'] as const

/** Findings per plan, stacked high / medium / low, each segment with its count. */
export function FindingsChart({ rows, locale }: { rows: FindingsRow[]; locale: Locale }) {
  const w = compareSay(locale)
  const parts = rows.map((r) => `${r.name}: ${SEVERITIES.map((severity) => w('severity-count', { severity, count: r[severity] })).join(', ')}`)
  const summary = w('findings.summary', { parts: parts.join('; ') })
  const yMax = Math.max(4, ...rows.map((r) => r.high + r.medium + r.low + 1))
  const axis = useCategoryAxis(rows.map((r) => r.name), { chromePx: MARGIN.left + MARGIN.right + Y_AXIS_PX })
  return (
    <ChartFigure
      summary={summary}
      heightPx={HEIGHT_PX}
      legend={SEVERITIES.map((s) => (
        <LegendItem key={s} color={SEVERITY_FILL[s]}>
          {w('severity', { severity: s })}
        </LegendItem>
      ))}
    >
      <ResponsiveContainer width="100%" height={HEIGHT_PX} onResize={axis.onResize}>
        <BarChart data={rows} margin={MARGIN} barCategoryGap="34%" accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={SERIES.grid} />
          <XAxis dataKey="name" interval={0} height={axis.heightPx} tickLine={false} stroke={SERIES.grid} tick={(props: XAxisTickContentProps) => <WrappedTick {...props} maxChars={16} />} />
          <YAxis domain={[0, yMax]} allowDecimals={false} tick={AXIS_TICK} stroke={SERIES.grid} width={Y_AXIS_PX} />
          <Tooltip cursor={{ fill: '#f1f5f9' }} isAnimationActive={false} />
          {SEVERITIES.map((s) => (
            <Bar key={s} dataKey={s} name={w('severity', { severity: s })} stackId="findings" fill={SEVERITY_FILL[s]} maxBarSize={56} isAnimationActive={false}>
              <LabelList dataKey={s} position="center" fill="#fff" fontSize={12} fontWeight={600} formatter={(v: unknown) => (Number(v) > 0 ? String(v) : '')} />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  )
}
