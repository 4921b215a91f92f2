'use client'

import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps, type XAxisTickContentProps, type TooltipContentProps } from 'recharts'
import { formatMs } from '@/components/ui/format'
import { AXIS_TICK, LABEL_FONT_PX, SERIES } from './chart-theme'
import { ChartFigure, LegendItem } from './chart-figure'
import type { LatencyRow } from './latency-chart-data'
import { VERDICT_FILL } from './verdict'
import { WrappedTick } from './wrapped-tick'

const MARGIN = { top: 24, right: 16, bottom: 8, left: 8 }
const HEIGHT_PX = 300
const HATCH_ID = 'cto-overloaded-hatch'

/** A bar with its figure above it; an overloaded point is a full-height hatched red bar saying so. */
function makeLatencyBar(point: 'typical' | 'peak') {
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
            overloaded
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

const TYPICAL_BAR = makeLatencyBar('typical')
const PEAK_BAR = makeLatencyBar('peak')

function LatencyTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as LatencyRow | undefined
  if (!active || !row) return null
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs text-slate-700 shadow-md">
      <div className="mb-1 font-semibold text-slate-900">{row.name}</div>
      <div>p95 at the busiest band: {row.typicalLabel}</div>
      <div>p95 at the peak: {row.peakLabel}</div>
    </div>
  )
}

/** p95 per service at typical and peak load, with the SLA as a dashed line. */
export function LatencyChart({ rows, yMaxMs, slaMs, peakName, summary }: { rows: LatencyRow[]; yMaxMs: number; slaMs: number; peakName: string; summary: string }) {
  return (
    <ChartFigure
      summary={summary}
      heightPx={HEIGHT_PX}
      legend={
        <>
          <LegendItem color={SERIES.typical}>p95 at the busiest daily band</LegendItem>
          <LegendItem color={SERIES.peak}>p95 at {peakName}</LegendItem>
          <LegendItem color={VERDICT_FILL.bad} kind="hatched">
            Overloaded (queue grows without bound)
          </LegendItem>
          <LegendItem color={VERDICT_FILL.bad} kind="dashed">
            SLA {formatMs(slaMs)}
          </LegendItem>
        </>
      }
    >
      <ResponsiveContainer width="100%" height={HEIGHT_PX}>
        <BarChart data={rows} margin={MARGIN} accessibilityLayer={false} barGap={4} barCategoryGap="24%">
          <defs>
            <pattern id={HATCH_ID} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width={6} height={6} fill="#fff1f2" />
              <line x1={0} y1={0} x2={0} y2={6} stroke={VERDICT_FILL.bad} strokeWidth={2} />
            </pattern>
          </defs>
          <CartesianGrid vertical={false} stroke={SERIES.grid} />
          <XAxis dataKey="name" interval={0} height={40} tickLine={false} stroke={SERIES.grid} tick={(props: XAxisTickContentProps) => <WrappedTick {...props} />} />
          <YAxis
            domain={[0, yMaxMs]}
            tick={AXIS_TICK}
            stroke={SERIES.grid}
            width={52}
            label={{ value: 'p95 (ms)', angle: -90, position: 'insideLeft', fontSize: LABEL_FONT_PX, fill: SERIES.axis }}
          />
          <Tooltip content={LatencyTooltip} cursor={{ fill: '#f1f5f9' }} isAnimationActive={false} />
          <Bar dataKey="typicalMs" shape={TYPICAL_BAR} maxBarSize={40} isAnimationActive={false} />
          <Bar dataKey="peakMs" shape={PEAK_BAR} maxBarSize={40} isAnimationActive={false} />
          <ReferenceLine
            y={slaMs}
            stroke={VERDICT_FILL.bad}
            strokeDasharray="6 4"
            strokeWidth={1.5}
            label={{ value: `SLA p95 ${formatMs(slaMs)}`, position: 'insideTopRight', fontSize: LABEL_FONT_PX, fill: VERDICT_FILL.bad }}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  )
}
