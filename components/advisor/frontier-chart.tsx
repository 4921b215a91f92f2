'use client'

import dynamic from 'next/dynamic'
import type { ReactNode } from 'react'
import { ChartFigure } from '@/components/views/chart-figure'
import type { Proposal } from '@/lib/advise/types'
import type { Locale } from '@/lib/i18n/locale'
import { advisorSay } from './advisor-say'
import { POINT_COLOR } from './frontier-colors'
import type { FrontierPoint, PointKind } from './frontier-points'

const FRONTIER_CHART_HEIGHT_PX = 320

// recharts is ~100 KB gzipped and draws only after measuring its box: the plot loads after the
// panel, inside a frame of fixed height that says what it shows (docs/decisions/007-performance.md).
const FrontierPlot = dynamic(() => import('./frontier-chart-plot').then((m) => m.FrontierPlot), { ssr: false })

/** A legend swatch in the point's own shape, so the legend reads without colour too. */
function Swatch({ kind, ring = false }: { kind: PointKind | null; ring?: boolean }) {
  const color = kind ? POINT_COLOR[kind] : 'none'
  return (
    <svg aria-hidden width={16} height={16} viewBox="-8 -8 16 16" className="shrink-0">
      {ring && <circle r={6.5} fill="none" stroke="#0f172a" strokeWidth={1.5} />}
      {kind === 'within-sla' && <circle r={5} fill={color} />}
      {kind === 'over-sla' && <path d="M0,-6 L6,4 L-6,4 Z" fill={color} />}
      {kind === 'current' && <path d="M0,-7 L7,0 L0,7 L-7,0 Z" fill={color} />}
    </svg>
  )
}

function Legend({ children }: { children: ReactNode }) {
  return <span className="inline-flex items-center gap-1.5">{children}</span>
}

/** The frontier: monthly cost against recovery coverage, p95 within or over the SLA, the current design marked. */
export function FrontierChart({ locale, points, summary, onPick }: { locale: Locale; points: FrontierPoint[]; summary: string; onPick: (proposal: Proposal) => void }) {
  const w = advisorSay(locale)
  return (
    <div data-testid="advisor-frontier">
      <ChartFigure
        summary={summary}
        heightPx={FRONTIER_CHART_HEIGHT_PX}
        legend={
          <>
            <Legend>
              <Swatch kind="within-sla" />
              {w('legend.within-sla')}
            </Legend>
            <Legend>
              <Swatch kind="over-sla" />
              {w('legend.over-sla')}
            </Legend>
            <Legend>
              <Swatch kind="current" />
              {w('legend.current')}
            </Legend>
            <Legend>
              <Swatch kind={null} ring />
              {w('legend.previewed')}
            </Legend>
          </>
        }
      >
        <FrontierPlot locale={locale} points={points} heightPx={FRONTIER_CHART_HEIGHT_PX} onPick={onPick} />
      </ChartFigure>
    </div>
  )
}
