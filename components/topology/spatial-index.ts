import type { Point } from '@/lib/topology'
import type { Rect } from './absolute-rects'

/** Grid cells for obstacle look-ups: a little more than one box and its gap. */
const CELL = 256

/**
 * Boxes bucketed by grid cell, so asking what a line might cross looks at the boxes near it
 * instead of every box on a 300-box canvas.
 * Example: boxes at (0,0) and (2000,0); someNear((10,10),(10,90)) asks only about the first.
 */
export class ObstacleGrid {
  private readonly cells = new Map<number, [string, Rect][]>()

  constructor(obstacles: ReadonlyMap<string, Rect>) {
    for (const entry of obstacles) {
      const [, r] = entry
      for (let cx = Math.floor(r.x / CELL); cx <= Math.floor((r.x + r.width) / CELL); cx++) {
        for (let cy = Math.floor(r.y / CELL); cy <= Math.floor((r.y + r.height) / CELL); cy++) {
          const key = cellKey(cx, cy)
          const list = this.cells.get(key)
          if (list) list.push(entry)
          else this.cells.set(key, [entry])
        }
      }
    }
  }

  /**
   * True when `hits` holds for some box in a cell the segment's bounding box (grown by
   * `margin`) touches; a box spanning two cells may be asked twice.
   */
  someNear(a: Point, b: Point, margin: number, hits: (id: string, rect: Rect) => boolean): boolean {
    const x1 = Math.floor((Math.min(a.x, b.x) - margin) / CELL)
    const x2 = Math.floor((Math.max(a.x, b.x) + margin) / CELL)
    const y1 = Math.floor((Math.min(a.y, b.y) - margin) / CELL)
    const y2 = Math.floor((Math.max(a.y, b.y) + margin) / CELL)
    for (let cx = x1; cx <= x2; cx++) {
      for (let cy = y1; cy <= y2; cy++) {
        const list = this.cells.get(cellKey(cx, cy))
        if (list) for (const [id, rect] of list) if (hits(id, rect)) return true
      }
    }
    return false
  }
}

/** Canvases stay well inside ±2^20 cells, so one number names a cell. */
function cellKey(cx: number, cy: number): number {
  return (cx + 1_048_576) * 2_097_152 + (cy + 1_048_576)
}

/** A drawn stretch of line, remembered so later lines do not run along it. */
export type PlacedSegment = { a: Point; b: Point; source: string; target: string }

/**
 * Drawn segments bucketed by their rounded x (vertical) or y (horizontal), so finding the ones a
 * new segment could run along looks at a handful of buckets, not every line drawn so far.
 */
export class PlacedSegments {
  private readonly vertical = new Map<number, PlacedSegment[]>()
  private readonly horizontal = new Map<number, PlacedSegment[]>()

  add(segment: PlacedSegment): void {
    const { a, b } = segment
    if (a.x === b.x) push(this.vertical, Math.round(a.x), segment)
    else if (a.y === b.y) push(this.horizontal, Math.round(a.y), segment)
  }

  /** Segments on the same axis within `near` px of the line through a and b. */
  alongside(a: Point, b: Point, near: number): PlacedSegment[] {
    const [buckets, at] = a.x === b.x ? [this.vertical, a.x] : a.y === b.y ? [this.horizontal, a.y] : [null, 0]
    if (!buckets) return []
    const found: PlacedSegment[] = []
    for (let k = Math.floor(at - near); k <= Math.ceil(at + near); k++) found.push(...(buckets.get(k) ?? []))
    return found
  }
}

function push(map: Map<number, PlacedSegment[]>, key: number, segment: PlacedSegment) {
  const list = map.get(key)
  if (list) list.push(segment)
  else map.set(key, [segment])
}
