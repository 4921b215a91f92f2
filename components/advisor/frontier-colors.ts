import { SERIES } from '@/components/views/chart-theme'
import { VERDICT_FILL } from '@/components/views/verdict'
import type { PointKind } from './frontier-points'

/** Green within the SLA, red over it (the verdict colours every tab uses), the current design in ink. */
export const POINT_COLOR: Record<PointKind, string> = { 'within-sla': VERDICT_FILL.good, 'over-sla': VERDICT_FILL.bad, current: SERIES.ceiling }
