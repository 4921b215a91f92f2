import type { CSSProperties } from 'react'
import type { TopoEdgeKind } from '@/lib/topology'
import type { Emphasis, GlowTone } from './flow-types'

/** slate-400 / slate-300 / sky-400, and the lens colours amber-500 and rose-500. */
const BASE: Record<TopoEdgeKind, { color: string; width: number; dash?: string }> = {
  'sg-rule': { color: '#94a3b8', width: 1.5 },
  route: { color: '#cbd5e1', width: 1.25, dash: '6 4' },
  traffic: { color: '#7dd3fc', width: 1.25, dash: '2 4' },
}
const TONE_COLOR: Record<GlowTone, string> = { amber: '#f59e0b', rose: '#f43f5e' }
const TONE_GLOW: Record<GlowTone, string> = { amber: 'rgba(245, 158, 11, 0.7)', rose: 'rgba(244, 63, 94, 0.7)' }


/**
 * How a line is drawn: sg-rule solid, route dashed and muted, traffic dotted and light;
 * under a lens the lit lines take its colour (strong ones glow) and the rest fade.
 */
export function strokeOf(kind: TopoEdgeKind, emphasis: Emphasis, tone: GlowTone | null): CSSProperties {
  const base = BASE[kind]
  if (tone && (emphasis === 'strong' || emphasis === 'soft')) {
    const strong = emphasis === 'strong'
    return {
      stroke: TONE_COLOR[tone],
      strokeWidth: strong ? 3 : 2,
      strokeDasharray: base.dash,
      opacity: strong ? 1 : 0.75,
      filter: strong ? `drop-shadow(0 0 3px ${TONE_GLOW[tone]})` : undefined,
    }
  }
  return { stroke: base.color, strokeWidth: base.width, strokeDasharray: base.dash, opacity: emphasis === 'dim' ? 0.25 : 1 }
}
