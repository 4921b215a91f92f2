import { describe, expect, it } from 'vitest'
import { buildLargeScenario } from '@/bench/large-config'
import { PRESETS } from '@/data/presets'
import type { Point } from '@/lib/topology'
import { buildTopology, listDefaultCollapsed, type Topology } from '@/lib/topology'
import { absoluteRects, type Rect } from '../absolute-rects'
import { buildFlowEdges } from '../build-flow-elements'
import type { EdgePill } from '../flow-types'
import { frameTitleRect } from './frame-titles'
import { isBox, routesOf } from './route-topology'

const large = buildLargeScenario(50).config
const largeOpen = buildTopology(large)
/** Every preset as drawn, and the 50-service design with its crowded tier open and collapsed. */
const designs: [string, Topology][] = [
  ...PRESETS.map((p) => [p.id, buildTopology(p.scenario.config)] as [string, Topology]),
  ['50 services, expanded', largeOpen],
  ['50 services, collapsed', buildTopology(large, { collapsed: listDefaultCollapsed(largeOpen) })],
]

/** True when the segment's inside meets the rectangle's inside (touching an edge is not crossing). */
function crosses(a: Point, b: Point, r: Rect): boolean {
  return Math.max(a.x, b.x) > r.x && Math.min(a.x, b.x) < r.x + r.width && Math.max(a.y, b.y) > r.y && Math.min(a.y, b.y) < r.y + r.height
}

const segmentsOf = (points: Point[]) => points.slice(1).map((b, i) => [points[i]!, b] as const)

/** 'line id crosses box id' for every line over a box other than its own two ends. */
function boxCrossings(topology: Topology): string[] {
  const rects = absoluteRects(topology)
  const boxes = topology.nodes.filter(isBox)
  const routes = routesOf(topology)
  return topology.edges.flatMap((edge) => {
    const segments = segmentsOf(routes.get(edge.id)?.points ?? [])
    return boxes
      .filter((box) => box.id !== edge.source && box.id !== edge.target && segments.some(([a, b]) => crosses(a, b, rects.get(box.id)!)))
      .map((box) => `${edge.id} crosses ${box.id}`)
  })
}

/** 'line id crosses the title of frame id' for every line over a frame's collapse button, glyph, name or CIDR. */
function titleCrossings(topology: Topology): string[] {
  const rects = absoluteRects(topology)
  const titles = topology.nodes.filter((n) => !isBox(n)).map((n) => [n.id, frameTitleRect(n, rects.get(n.id)!)] as const)
  const routes = routesOf(topology)
  return topology.edges.flatMap((edge) => {
    const segments = segmentsOf(routes.get(edge.id)?.points ?? [])
    return titles.filter(([, r]) => segments.some(([a, b]) => crosses(a, b, r))).map(([id]) => `${edge.id} crosses the title of ${id}`)
  })
}

/**
 * A pill's box as topology-edges hangs it from its anchor: about 6.5 px a character in 10.5 px
 * mono plus its padding, at most 240 px wide, 16 px high.
 */
function pillRect(pill: EdgePill): Rect {
  const text = pill.summary ?? pill.items.filter((i) => i.visible).map((i) => i.shown).join(' ')
  const width = Math.min(240, text.length * 6.5 + 14)
  const height = 16
  const left = pill.anchor === 'left' ? pill.x - 6 - width : pill.anchor === 'right' ? pill.x + 6 : pill.x - width / 2
  return { x: left, y: pill.y - height / 2, width, height }
}

/** 'pill of line id sits on box id' for every pill (ports, request flow) over a box other than the one it labels. */
function pillsOnBoxes(topology: Topology): string[] {
  const rects = absoluteRects(topology)
  const boxes = topology.nodes.filter(isBox)
  return buildFlowEdges(topology, null).flatMap((edge) => {
    const pill = edge.data?.pill
    if (!pill) return []
    const at = pillRect(pill)
    return boxes.filter((b) => b.id !== edge.target && crosses({ x: at.x, y: at.y }, { x: at.x + at.width, y: at.y + at.height }, rects.get(b.id)!)).map((b) => `pill of ${edge.id} sits on ${b.id}`)
  })
}

describe('routesOf', () => {
  // Property over every design: wherever an orthogonal way around exists (it does on every one
  // of these), a line crosses no box but its own two ends, and no frame's title.
  it.each(designs)('routes no line across a box other than its own two ends (%s)', (_, topology) => {
    expect(boxCrossings(topology)).toEqual([])
  })

  it.each(designs)("routes no line across a frame's title (%s)", (_, topology) => {
    expect(titleCrossings(topology)).toEqual([])
  })

  it.each(designs)('hangs no pill over another box (%s)', (_, topology) => {
    expect(pillsOnBoxes(topology)).toEqual([])
  })

  it('draws every line orthogonally, from a side of its source to a side of its target', () => {
    const topology = designs[0]![1]
    const rects = absoluteRects(topology)
    for (const edge of topology.edges) {
      const route = routesOf(topology).get(edge.id)!
      for (const [a, b] of segmentsOf(route.points)) expect(a.x === b.x || a.y === b.y, edge.id).toBe(true)
      const onSide = (p: Point, r: Rect) => p.x === r.x || p.x === r.x + r.width || p.y === r.y || p.y === r.y + r.height
      expect(onSide(route.points[0]!, rects.get(edge.source)!), edge.id).toBe(true)
      expect(onSide(route.points[route.points.length - 1]!, rects.get(edge.target)!), edge.id).toBe(true)
    }
  })

  // Lines of other ends spread over the parallel tracks of a gap. The 50-service design's four
  // fans (ALB, bastion, office, VPC range → 50 services each) outnumber the two tracks a 16 px
  // gap holds, so their trunks share corridors (half its ink, 39 % before): left out here.
  it.each(designs.filter(([name]) => name !== '50 services, expanded'))('keeps lines of other ends apart: under 15 px in 100 of its ink runs along one (%s)', (_, topology) => {
    expect(sharedShare(topology)).toBeLessThan(0.15)
  })
})

/** The share of the drawn length that runs along a line of another source and another target. */
function sharedShare(topology: Topology): number {
  const routes = routesOf(topology)
  const drawn = topology.edges.flatMap((e) => segmentsOf(routes.get(e.id)?.points ?? []).map(([a, b]) => ({ a, b, e })))
  let total = 0
  let shared = 0
  for (const s of drawn) {
    total += Math.abs(s.a.x - s.b.x) + Math.abs(s.a.y - s.b.y)
    const others = drawn.filter((t) => t.e.source !== s.e.source && t.e.target !== s.e.target)
    shared += Math.max(0, ...others.map((t) => overlapLength(s.a, s.b, t.a, t.b)))
  }
  return total === 0 ? 0 : shared / total
}

/** Length two collinear segments run together (0 when they are not on one line). */
function overlapLength(a1: Point, b1: Point, a2: Point, b2: Point): number {
  if (a1.x === b1.x && a2.x === b2.x && a1.x === a2.x) return Math.min(Math.max(a1.y, b1.y), Math.max(a2.y, b2.y)) - Math.max(Math.min(a1.y, b1.y), Math.min(a2.y, b2.y))
  if (a1.y === b1.y && a2.y === b2.y && a1.y === a2.y) return Math.min(Math.max(a1.x, b1.x), Math.max(a2.x, b2.x)) - Math.max(Math.min(a1.x, b1.x), Math.min(a2.x, b2.x))
  return 0
}
