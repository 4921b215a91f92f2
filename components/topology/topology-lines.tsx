'use client'

import { ViewportPortal } from '@xyflow/react'
import { memo, useMemo, type CSSProperties } from 'react'
import type { TopoEdgeKind } from '@/lib/topology'
import type { EdgePill, Emphasis, GlowTone, TopoFlowEdge } from './flow-types'
import { Pill, weighted } from './topology-edges'

/** Lines sit above the frames (z 0–3) and under the boxes (z 10); pills above the boxes. */
const LINES_Z = 5
const PILLS_Z = 20

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
function strokeOf(kind: TopoEdgeKind, emphasis: Emphasis, tone: GlowTone | null): CSSProperties {
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

type PathGroup = { key: string; d: string; style: CSSProperties }

/**
 * Lines drawn alike (kind, emphasis, lens, weight) as one SVG path, in the order the edges come
 * (quiet first, so louder lines are drawn over them).
 * Example: 1,711 lines of the 300-box design at rest → 4 paths (rules, merged rules, routes, traffic).
 */
export function groupPaths(edges: readonly TopoFlowEdge[]): PathGroup[] {
  const groups = new Map<string, { parts: string[]; style: CSSProperties }>()
  for (const edge of edges) {
    const data = edge.data
    if (!data?.path) continue
    const weight = data.count > 1 ? Math.min(3, Math.round(Math.log2(data.count))) : 0
    const key = `${data.topo.kind}|${data.emphasis}|${data.tone ?? ''}|${weight}`
    const group = groups.get(key)
    if (group) group.parts.push(data.path)
    else groups.set(key, { parts: [data.path], style: weighted(strokeOf(data.topo.kind, data.emphasis, data.tone), data.count) })
  }
  return [...groups].map(([key, g]) => ({ key, d: g.parts.join(' '), style: g.style }))
}

/**
 * Every line of the diagram in one SVG and every port pill in one layer, inside React Flow's
 * viewport. React Flow would wrap each edge in its own positioned <svg>: with 1,700 lines that
 * is 1,700 stacking contexts to hit-test and layerize on every frame of a pan, and none of these
 * lines is interactive. The routes come precomputed in each edge's data (build-flow-elements).
 * `showPills` false leaves the pills out (zoomed too far out for them to read).
 */
function TopologyLinesComponent({ edges, showPills }: { edges: readonly TopoFlowEdge[]; showPills: boolean }) {
  const paths = useMemo(() => groupPaths(edges), [edges])
  const pills = useMemo(() => edges.flatMap((e): [string, EdgePill][] => (e.data?.pill ? [[e.id, e.data.pill]] : [])), [edges])
  return (
    <ViewportPortal>
      <svg aria-hidden="true" width={1} height={1} className="pointer-events-none absolute left-0 top-0 overflow-visible" style={{ zIndex: LINES_Z }}>
        {paths.map((p) => (
          <path key={p.key} d={p.d} fill="none" style={p.style} />
        ))}
      </svg>
      {showPills && (
        <div className="pointer-events-none absolute left-0 top-0 h-full w-full" style={{ zIndex: PILLS_Z }}>
          {pills.map(([id, pill]) => (
            <Pill key={id} pill={pill} />
          ))}
        </div>
      )}
    </ViewportPortal>
  )
}

export const TopologyLines = memo(TopologyLinesComponent)
