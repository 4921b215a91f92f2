/**
 * Chart colours and text sizes shared by every view. Verdict colours (green / amber / red) come from
 * tones.ts via verdict.ts; these are the neutral series colours around them.
 */
export const SERIES = {
  /** Everyday figures: the daily bands, typical load, known cost. */
  typical: '#94a3b8',
  known: '#64748b',
  /** The peak event, wherever it appears. */
  peak: '#7c3aed',
  ceiling: '#0f172a',
  grid: '#e2e8f0',
  axis: '#64748b',
  text: '#334155',
  unknown: '#94a3b8',
} as const

export const AXIS_TICK = { fontSize: 12, fill: SERIES.axis } as const
export const LABEL_FONT_PX = 12
