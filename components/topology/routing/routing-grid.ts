import type { Rect } from '../absolute-rects'

/** Lines keep this far from every box they do not start or end at. */
export const CLEARANCE = 6
/** Parallel tracks in a gap are this far apart, so lines sharing a corridor stay apart. */
export const TRACK_STEP = 6
/** Tracks added from each side of a gap; wide gaps also get their centre line. */
const TRACKS_PER_SIDE = 2

/** A run over a frame's title costs as much as this many pixels of detour. */
const TITLE_COST = 2_000
/** A run along a frame's border reads as part of the frame: it counts this much longer per pixel. */
const BORDER_FACTOR = 2
/** A run at the clearance's edge, hugging a box, counts this much longer per pixel than one further out. */
const HUG_FACTOR = 0.5

export type Axis = 'h' | 'v'

/**
 * A sparse orthogonal grid over the canvas (a Hanan grid of the boxes' outlines plus tracks in
 * every gap): lines run along its lines and turn only at its crossings. A crossing inside a box
 * grown by CLEARANCE is closed, as is every stretch through one; a stretch over a frame's title
 * stays open but costs TITLE_COST, so a line crosses a title only when there is no other way;
 * runs hugging a box or along a frame's border cost a little more than runs clear of both.
 * Example: two 180×64 boxes side by side 24 px apart leave three vertical tracks in the gap,
 * 6, 12 and 18 px from the left box; the outer two hug a box and cost 1.5 px per pixel.
 */
export class RoutingGrid {
  readonly xs: number[]
  readonly ys: number[]
  readonly nx: number
  readonly ny: number
  /** 1 where a crossing lies inside a grown box. */
  readonly closedNode: Uint8Array
  /** Per stretch from crossing (i, j) to (i + 1, j) ('h') or (i, j + 1) ('v'): 1 when closed. */
  readonly closedH: Uint8Array
  readonly closedV: Uint8Array
  /** Extra cost of a stretch beyond its length (titles crossed, boxes hugged). */
  readonly extraH: Float32Array
  readonly extraV: Float32Array

  constructor(boxes: readonly Rect[], frames: readonly Rect[], titles: readonly Rect[], extraXs: readonly number[], extraYs: readonly number[]) {
    const grown = boxes.map((r) => ({ x1: r.x - CLEARANCE, y1: r.y - CLEARANCE, x2: r.x + r.width + CLEARANCE, y2: r.y + r.height + CLEARANCE }))
    // Tracks run beside frame borders as well as box outlines, so a line need not ride a border.
    this.xs = withTracks([...grown.flatMap((g) => [g.x1, g.x2]), ...frames.flatMap((f) => [f.x, f.x + f.width])], extraXs)
    this.ys = withTracks([...grown.flatMap((g) => [g.y1, g.y2]), ...frames.flatMap((f) => [f.y, f.y + f.height])], extraYs)
    this.nx = this.xs.length
    this.ny = this.ys.length
    const size = this.nx * this.ny
    this.closedNode = new Uint8Array(size)
    this.closedH = new Uint8Array(size)
    this.closedV = new Uint8Array(size)
    this.extraH = new Float32Array(size)
    this.extraV = new Float32Array(size)

    for (const g of grown) {
      const [i1, i2] = [this.xIndex(g.x1), this.xIndex(g.x2)]
      const [j1, j2] = [this.yIndex(g.y1), this.yIndex(g.y2)]
      for (let j = j1; j <= j2; j++) {
        for (let i = i1; i <= i2; i++) {
          const n = j * this.nx + i
          const insideX = i > i1 && i < i2
          const insideY = j > j1 && j < j2
          if (insideX && insideY) this.closedNode[n] = 1
          if (insideY && i < i2) this.closedH[n] = 1
          if (insideX && j < j2) this.closedV[n] = 1
          // The grown outline itself stays open, but a run along it hugs the box.
          if ((j === j1 || j === j2) && i < i2) this.extraH[n]! += HUG_FACTOR * (this.xs[i + 1]! - this.xs[i]!)
          if ((i === i1 || i === i2) && j < j2) this.extraV[n]! += HUG_FACTOR * (this.ys[j + 1]! - this.ys[j]!)
        }
      }
    }
    for (const t of titles) this.chargeInside(t, TITLE_COST)
    for (const f of frames) this.chargeAlong(f, BORDER_FACTOR)
  }

  /** Index of a coordinate known to be on the grid. */
  xIndex(x: number): number {
    return indexOf(this.xs, x)
  }

  yIndex(y: number): number {
    return indexOf(this.ys, y)
  }

  /** Adds `factor` × length to every stretch lying on the rectangle's outline (its coordinates are on the grid). */
  private chargeAlong(r: Rect, factor: number) {
    const [i1, i2, j1, j2] = [this.xIndex(r.x), this.xIndex(r.x + r.width), this.yIndex(r.y), this.yIndex(r.y + r.height)]
    for (const j of [j1, j2]) for (let i = i1; i < i2; i++) this.extraH[j * this.nx + i]! += factor * (this.xs[i + 1]! - this.xs[i]!)
    for (const i of [i1, i2]) for (let j = j1; j < j2; j++) this.extraV[j * this.nx + i]! += factor * (this.ys[j + 1]! - this.ys[j]!)
  }

  /** Adds `cost` to every stretch whose inside runs through the rectangle's inside. */
  private chargeInside(r: Rect, cost: number) {
    const i1 = firstAbove(this.xs, r.x)
    const i2 = lastBelow(this.xs, r.x + r.width)
    const j1 = firstAbove(this.ys, r.y)
    const j2 = lastBelow(this.ys, r.y + r.height)
    // Horizontal stretches on rows strictly inside, from one crossing left of it to one right of it.
    for (let j = j1; j <= j2; j++) for (let i = Math.max(0, i1 - 1); i <= i2 && i < this.nx - 1; i++) this.extraH[j * this.nx + i]! += cost
    for (let i = i1; i <= i2; i++) for (let j = Math.max(0, j1 - 1); j <= j2 && j < this.ny - 1; j++) this.extraV[j * this.nx + i]! += cost
  }
}

/** Snaps to half pixels so one coordinate reached two ways is one grid line. */
const snap = (v: number) => Math.round(v * 2) / 2

/**
 * The outlines' coordinates, the extra ones (ports, frame borders) and, in every gap between
 * outlines, up to TRACKS_PER_SIDE tracks from each side and the centre line.
 */
function withTracks(edges: number[], extra: readonly number[]): number[] {
  const sorted = [...new Set(edges.map(snap))].sort((a, b) => a - b)
  const all = new Set([...sorted, ...extra.map(snap)])
  for (let k = 1; k < sorted.length; k++) {
    const a = sorted[k - 1]!
    const b = sorted[k]!
    if (b - a < TRACK_STEP) continue
    all.add(snap((a + b) / 2))
    for (let t = 1; t <= TRACKS_PER_SIDE && a + t * TRACK_STEP <= (a + b) / 2; t++) {
      all.add(snap(a + t * TRACK_STEP))
      all.add(snap(b - t * TRACK_STEP))
    }
  }
  return [...all].sort((a, b) => a - b)
}

function indexOf(sorted: readonly number[], v: number): number {
  return lowerIndex(sorted, snap(v))
}

/** First index whose coordinate is at least v (0 when v is before the grid), by bisection. */
export function lowerIndex(sorted: readonly number[], v: number): number {
  let lo = 0
  let hi = sorted.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < v) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** First index whose coordinate is strictly greater than v. */
function firstAbove(sorted: readonly number[], v: number): number {
  let i = indexOf(sorted, v)
  while (i < sorted.length && sorted[i]! <= v) i++
  return i
}

/** Last index whose coordinate is strictly less than v. */
function lastBelow(sorted: readonly number[], v: number): number {
  let i = indexOf(sorted, v)
  while (i >= 0 && (i >= sorted.length || sorted[i]! >= v)) i--
  return i
}
