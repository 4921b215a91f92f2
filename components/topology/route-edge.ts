import type { Point } from '@/lib/topology'

export type Side = 'top' | 'right' | 'bottom' | 'left'

/** A line as the router drew it (routing/route-topology.ts); the helpers below turn it into SVG. */
export type Route = {
  points: Point[]
  /** Side of the source the line leaves by, and of the target it enters by. */
  exit: Side
  entry: Side
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
