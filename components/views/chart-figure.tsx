import type { ReactNode } from 'react'

/**
 * A chart's frame: a fixed height, so nothing below it moves when the chart measures itself, and
 * role="img" with a sentence that says what the chart shows (the tables beside each chart carry the
 * same figures for screen readers).
 */
export function ChartFigure({ summary, heightPx, legend, children }: { summary: string; heightPx: number; legend?: ReactNode; children: ReactNode }) {
  return (
    <figure role="img" aria-label={summary} className="m-0">
      {legend && <div className="mb-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600">{legend}</div>}
      <div style={{ height: heightPx }} className="w-full min-w-0">
        {children}
      </div>
    </figure>
  )
}

/** A legend entry: a swatch (solid, hatched or a line) and its words. */
export function LegendItem({ color, kind = 'solid', children }: { color: string; kind?: 'solid' | 'hatched' | 'outlined' | 'line' | 'dashed'; children: ReactNode }) {
  const swatch =
    kind === 'line' || kind === 'dashed' ? (
      <span aria-hidden className="inline-block w-4 border-t-2" style={{ borderColor: color, borderTopStyle: kind === 'dashed' ? 'dashed' : 'solid' }} />
    ) : (
      <span
        aria-hidden
        className="inline-block h-3 w-3 rounded-sm"
        style={
          kind === 'hatched'
            ? { backgroundImage: `repeating-linear-gradient(45deg, ${color} 0 2px, transparent 2px 5px)`, boxShadow: `inset 0 0 0 1px ${color}` }
            : kind === 'outlined'
              ? { border: `1px dashed ${color}`, backgroundColor: '#ffffff' }
              : { backgroundColor: color }
        }
      />
    )
  return (
    <span className="inline-flex items-center gap-1.5">
      {swatch}
      {children}
    </span>
  )
}
