import type { Point } from '@/lib/topology'
import type { Rect } from './absolute-rects'
import { ObstacleGrid, PlacedSegments, type PlacedSegment } from './spatial-index'

export { PlacedSegments } from './spatial-index'

export type Side = 'top' | 'right' | 'bottom' | 'left'

export type Route = {
  points: Point[]
  /** Side of the source the line leaves by, and of the target it enters by. */
  exit: Side
  entry: Side
}

/** What the router may not cross, and where the free vertical corridors are. */
export type RoutingSpace = {
  /** Every leaf box (resources and outside boxes); group frames are not obstacles. */
  obstacles: ReadonlyMap<string, Rect>
  /** Free vertical corridors near a target box (paddings and column gaps of its subnet). */
  lanesNear: (targetId: string) => Lane[]
  /** Boxes in the left column, outside the region. */
  isOutside: (id: string) => boolean
  /** x of the corridor between the outside column and the region, one per outside box. */
  outsideLane: (sourceId: string) => number
}

/**
 * A vertical corridor: `x` is its first track; further tracks step inward (`inward` +1 from a
 * left padding, -1 from a right padding) or around the middle of a column gap (0).
 */
export type Lane = { x: number; inward: 1 | -1 | 0 }

/** Half the gap between rows: horizontal runs sit in the middle of it, tracks ROW_TRACK_STEP apart. */
const ROW_LANE = 12
const ROW_TRACK_STEP = 4
/** Distinct sources sharing a corridor are drawn this far apart; three tracks fit a 16 px padding. */
const LANE_STEP = 5
export const LANE_TRACKS = 3
/** A frame's title row: lines from a frame to a box inside it start below it. */
const FRAME_HEADER = 30

function trackX(lane: Lane, track: number): number {
  return lane.inward === 0 ? lane.x + (track - 1) * LANE_STEP : lane.x + lane.inward * track * LANE_STEP
}

const centreX = (r: Rect) => r.x + r.width / 2
const centreY = (r: Rect) => r.y + r.height / 2
const contains = (a: Rect, b: Rect) => a.x <= b.x && a.y <= b.y && a.x + a.width >= b.x + b.width && a.y + a.height >= b.y + b.height

function segmentHits(a: Point, b: Point, r: Rect): boolean {
  const margin = 2
  const minX = Math.min(a.x, b.x)
  const maxX = Math.max(a.x, b.x)
  const minY = Math.min(a.y, b.y)
  const maxY = Math.max(a.y, b.y)
  return maxX > r.x - margin && minX < r.x + r.width + margin && maxY > r.y - margin && minY < r.y + r.height + margin
}

/** One grid per set of obstacles: a layout is routed edge after edge against the same boxes. */
const grids = new WeakMap<ReadonlyMap<string, Rect>, ObstacleGrid>()

function gridOf(obstacles: ReadonlyMap<string, Rect>): ObstacleGrid {
  let grid = grids.get(obstacles)
  if (!grid) {
    grid = new ObstacleGrid(obstacles)
    grids.set(obstacles, grid)
  }
  return grid
}

function isClear(points: Point[], space: RoutingSpace, ends: readonly string[]): boolean {
  const grid = gridOf(space.obstacles)
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!
    const b = points[i]!
    if (grid.someNear(a, b, 4, (id, rect) => !ends.includes(id) && segmentHits(a, b, rect))) return false
  }
  return true
}

/** Drops repeated and collinear points so corners are only drawn where the line turns. */
function simplify(points: Point[]): Point[] {
  const unique = points.filter((p, i) => i === 0 || p.x !== points[i - 1]!.x || p.y !== points[i - 1]!.y)
  return unique.filter((p, i) => {
    const prev = unique[i - 1]
    const next = unique[i + 1]
    if (!prev || !next) return true
    return !((prev.x === p.x && p.x === next.x) || (prev.y === p.y && p.y === next.y))
  })
}

function collinearOverlap(a1: Point, b1: Point, a2: Point, b2: Point): boolean {
  const near = 2
  if (a1.x === b1.x && a2.x === b2.x && Math.abs(a1.x - a2.x) < near) {
    return Math.min(Math.max(a1.y, b1.y), Math.max(a2.y, b2.y)) - Math.max(Math.min(a1.y, b1.y), Math.min(a2.y, b2.y)) > near
  }
  if (a1.y === b1.y && a2.y === b2.y && Math.abs(a1.y - a2.y) < near) {
    return Math.min(Math.max(a1.x, b1.x), Math.max(a2.x, b2.x)) - Math.max(Math.min(a1.x, b1.x), Math.min(a2.x, b2.x)) > near
  }
  return false
}

/** True when the line runs along a line of another source and another target (merging into one box is fine). */
function runsAlongOthers(points: Point[], placed: PlacedSegments, source: string, target: string): boolean {
  for (let i = 1; i < points.length; i++) {
    for (const seg of placed.alongside(points[i - 1]!, points[i]!, 2)) {
      if (seg.source === source || seg.target === target) continue
      if (collinearOverlap(points[i - 1]!, points[i]!, seg.a, seg.b)) return true
    }
  }
  return false
}

export function segmentsOf(route: Route, source: string, target: string): PlacedSegment[] {
  return route.points.slice(1).map((b, i) => ({ a: route.points[i]!, b, source, target }))
}

/**
 * Candidate orthogonal lines from one box to another through the gaps the layout leaves,
 * best first: straight or one bend in the row gap next to either end, then down a free
 * corridor (a subnet's padding or the gap between its columns). A line from the outside column
 * runs across to the region and enters its target from the left, or from above when a box in
 * the same row is in the way. Each shape comes in LANE_TRACKS parallel tracks, the source's
 * own track first, so two sources can avoid sharing a stretch.
 * Example: ALB (public, column 0) → Payment (private app, row 1, under Order): down into the
 * row gap, left to the subnet's padding, down to the row gap above Payment, right, into its top.
 */
function candidateRoutes(sourceId: string, targetId: string, source: Rect, target: Rect, space: RoutingSpace, track: number): Route[] {
  const sx = centreX(source)
  const tx = centreX(target)
  const tracks = [track, ...[0, 1, 2].filter((t) => t !== track)].slice(0, LANE_TRACKS)

  // A frame and a box inside it (a CIDR rule covering the whole VPC): a short run in from the
  // frame's left border, along the row gap above the box, or down from under the frame's header;
  // a box to its frame, the same reversed.
  if (contains(source, target) || contains(target, source)) {
    const [outer, inner] = contains(source, target) ? [source, target] : [target, source]
    const iy = centreY(inner)
    const ix = centreX(inner)
    const below = outer.y + FRAME_HEADER
    const aboveInner = inner.y - ROW_LANE
    const runs: Point[][] = [
      [{ x: outer.x, y: iy }, { x: inner.x, y: iy }],
      // Boxes to the left: along the gap above the box's row, then down into it.
      [{ x: outer.x, y: aboveInner }, { x: ix, y: aboveInner }, { x: ix, y: inner.y }],
      [{ x: ix, y: below }, { x: ix, y: inner.y }],
    ]
    const sides: [Side, Side][] = [['left', 'left'], ['left', 'top'], ['top', 'top']]
    return runs.map((points, i) => {
      const outward = contains(source, target) ? points : [...points].reverse()
      return { points: outward, exit: sides[i]![0], entry: sides[i]![1] }
    })
  }

  if (space.isOutside(sourceId) && !space.isOutside(targetId)) {
    const sy = centreY(source)
    const ty = centreY(target)
    const exit = { x: source.x + source.width, y: sy }
    const aboveTarget = target.y - ROW_LANE
    return tracks.flatMap((t) => {
      const lane = space.outsideLane(sourceId) + (t - track) * 3
      return [
        { points: [exit, { x: lane, y: sy }, { x: lane, y: ty }, { x: target.x, y: ty }], exit: 'right' as const, entry: 'left' as const },
        { points: [exit, { x: lane, y: sy }, { x: lane, y: aboveTarget }, { x: tx, y: aboveTarget }, { x: tx, y: target.y }], exit: 'right' as const, entry: 'top' as const },
      ]
    })
  }

  const sameRow = Math.abs(centreY(source) - centreY(target)) < Math.min(source.height, target.height) / 2
  if (sameRow) {
    // Neighbours in one row meet through the gap below them, entering from underneath.
    return tracks.map((t) => {
      const below = Math.max(source.y + source.height, target.y + target.height) + ROW_LANE + (t - 1) * ROW_TRACK_STEP
      return {
        points: [{ x: sx, y: source.y + source.height }, { x: sx, y: below }, { x: tx, y: below }, { x: tx, y: target.y + target.height }],
        exit: 'bottom' as const,
        entry: 'bottom' as const,
      }
    })
  }

  const down = centreY(target) > centreY(source)
  const exitY = down ? source.y + source.height : source.y
  const entryY = down ? target.y : target.y + target.height
  const dir = down ? 1 : -1
  const nearTarget = entryY - dir * ROW_LANE
  const exitSide: Side = down ? 'bottom' : 'top'
  const entrySide: Side = down ? 'top' : 'bottom'
  const via = (points: Point[]): Route => ({ points: [{ x: sx, y: exitY }, ...points, { x: tx, y: entryY }], exit: exitSide, entry: entrySide })
  const lanes = space.lanesNear(targetId)

  const direct = [via([{ x: sx, y: nearTarget }, { x: tx, y: nearTarget }])]
  const bends = tracks.map((t) => {
    const nearSource = exitY + dir * (ROW_LANE + (t - 1) * ROW_TRACK_STEP)
    return via([{ x: sx, y: nearSource }, { x: tx, y: nearSource }])
  })
  const detours = tracks.flatMap((t) => {
    const nearSource = exitY + dir * (ROW_LANE + (t - 1) * ROW_TRACK_STEP)
    return lanes
      .map((lane) => trackX(lane, t))
      .sort((a, b) => Math.abs(a - tx) - Math.abs(b - tx))
      .map((x) => via([{ x: sx, y: nearSource }, { x, y: nearSource }, { x, y: nearTarget }, { x: tx, y: nearTarget }]))
  })
  return [...direct, ...bends, ...detours]
}

/**
 * The first candidate that crosses no box and runs along no other source's line; failing
 * that, the first that crosses no box; failing that, the most direct. Without `placed` (very
 * large graphs) the first that crosses no box.
 */
export function routeEdge(
  sourceId: string,
  targetId: string,
  source: Rect,
  target: Rect,
  space: RoutingSpace,
  track: number,
  placed: PlacedSegments | null,
): Route {
  const candidates = candidateRoutes(sourceId, targetId, source, target, space, track)
  const ends = [sourceId, targetId]
  let firstClear: Route | null = null
  // Checked one by one, best first: on a 300-box canvas most lines take an early candidate.
  for (const candidate of candidates) {
    const route = { ...candidate, points: simplify(candidate.points) }
    if (!isClear(route.points, space, ends)) continue
    if (!placed || !runsAlongOthers(route.points, placed, sourceId, targetId)) return route
    firstClear ??= route
  }
  return firstClear ?? { ...candidates[0]!, points: simplify(candidates[0]!.points) }
}

/**
 * An SVG path through the points with rounded corners.
 * Example: [(0,0), (0,10), (10,10)] with radius 4 → 'M 0 0 L 0 6 Q 0 10 4 10 L 10 10'.
 */
export function roundedPath(points: Point[], radius = 6): string {
  if (points.length === 0) return ''
  const [first, ...rest] = points
  const parts = [`M ${first!.x} ${first!.y}`]
  rest.forEach((p, i) => {
    const prev = points[i]!
    const next = rest[i + 1]
    if (!next) return parts.push(`L ${p.x} ${p.y}`)
    const r = Math.min(radius, Math.hypot(p.x - prev.x, p.y - prev.y) / 2, Math.hypot(next.x - p.x, next.y - p.y) / 2)
    const inX = p.x - Math.sign(p.x - prev.x) * r
    const inY = p.y - Math.sign(p.y - prev.y) * r
    const outX = p.x + Math.sign(next.x - p.x) * r
    const outY = p.y + Math.sign(next.y - p.y) * r
    parts.push(`L ${inX} ${inY}`, `Q ${p.x} ${p.y} ${outX} ${outY}`)
  })
  return parts.join(' ')
}

/** The point halfway along the line, for labels that belong to the whole line. */
export function midpointOf(points: Point[]): Point {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y))
  let remaining = lengths.reduce((a, b) => a + b, 0) / 2
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i]!
    if (remaining <= length && length > 0) {
      const a = points[i]!
      const b = points[i + 1]!
      return { x: a.x + ((b.x - a.x) * remaining) / length, y: a.y + ((b.y - a.y) * remaining) / length }
    }
    remaining -= length
  }
  return points[0] ?? { x: 0, y: 0 }
}
