import type { Point, TopoNode, Topology } from '@/lib/topology'
import { absoluteRects, type Rect } from '../absolute-rects'
import type { Route } from '../route-edge'
import { findPath, type Direction, type Terminal } from './find-path'
import { frameTitleRect } from './frame-titles'
import { LineUsage, ownerOf } from './line-usage'
import { RoutingGrid } from './routing-grid'
import { boxPorts, frameCoordinates, framePorts, portCoordinates, type Port } from './terminals'

const FRAME_KINDS = new Set<TopoNode['kind']>(['region', 'vpc', 'az', 'subnet-group'])

/** A box lines route around and end at: a resource, an outside box or a collapsed group's summary. */
export function isBox(node: TopoNode): boolean {
  return !FRAME_KINDS.has(node.kind) || Boolean(node.collapsed)
}

/**
 * How far from its cheapest a line's path may be (see findPath's weight), by the design's number
 * of lines: the presets search carefully, the 50-service design (411 lines) settles for 2 ×, the
 * 200-service one (1,711) for 5 ×, which searches about a seventh of the steps 2 × does.
 */
const WEIGHTS: readonly { upTo: number; weight: number }[] = [
  { upTo: 200, weight: 1.2 },
  { upTo: 1_000, weight: 2 },
  { upTo: Infinity, weight: 5 },
]
/** A line first searches this far around its two ends; a wider search follows only when that fails. */
const SEARCH_MARGIN = 160

const contains = (a: Rect, b: Rect) => a.x <= b.x && a.y <= b.y && a.x + a.width >= b.x + b.width && a.y + a.height >= b.y + b.height

/** Routing does not depend on the lens or the language, so each layout is routed once. */
const routeCache = new WeakMap<Topology, ReadonlyMap<string, Route>>()

/**
 * Every edge's line, orthogonal, around every box but its own two ends and off the frames'
 * titles: rules first, then traffic, then routes, so the lines that matter most get the cleanest
 * paths and later ones spread onto other tracks instead of running along them. The boxes' rects
 * come from the layout (absoluteRects), whatever their sizes.
 * Example (swiftlogix): ALB → Payment leaves the ALB's bottom, runs down the gap beside the
 * Bastion host and enters Payment from above; no line crosses a box.
 */
export function routesOf(topology: Topology): ReadonlyMap<string, Route> {
  const cached = routeCache.get(topology)
  if (cached) return cached
  const rects = absoluteRects(topology)
  const placed = topology.nodes.filter((n) => rects.has(n.id))
  const boxes = placed.filter(isBox)
  const frames = placed.filter((n) => !isBox(n))

  const titles = new Map(frames.map((n) => [n.id, frameTitleRect(n, rects.get(n.id)!)]))
  const extraXs: number[] = []
  const extraYs: number[] = []
  for (const n of boxes) {
    const { xs, ys } = portCoordinates(rects.get(n.id)!)
    extraXs.push(...xs)
    extraYs.push(...ys)
  }
  for (const n of frames) {
    const { xs, ys } = frameCoordinates(rects.get(n.id)!)
    extraXs.push(...xs)
    extraYs.push(...ys)
  }
  const grid = new RoutingGrid(
    boxes.map((n) => rects.get(n.id)!),
    frames.map((n) => rects.get(n.id)!),
    [...titles.values()],
    extraXs,
    extraYs,
  )
  const usage = new LineUsage(grid.nx * grid.ny)
  ;(globalThis as any).__g = [grid.nx, grid.ny]
  const indexOf = new Map(placed.map((n, i) => [n.id, i]))
  const nodeOf = new Map(placed.map((n) => [n.id, n]))

  const portsOf = (id: string, otherId: string, leaving: boolean): Port[] => {
    const node = nodeOf.get(id)!
    const rect = rects.get(id)!
    if (isBox(node)) return boxPorts(grid, rect, leaving)
    const title = titles.get(id)
    const overTitle = (x: number) => title !== undefined && x >= title.x && x <= title.x + title.width
    return framePorts(grid, rect, leaving, contains(rect, rects.get(otherId)!), overTitle)
  }

  const { weight } = WEIGHTS.find((w) => topology.edges.length <= w.upTo)!
  const routes = new Map<string, Route>()
  // A traffic line between the ends of a rule line takes the same way: it is drawn over it.
  const sameEnds = new Map<number, Route>()
  const trunks = new Map<string, Trunks>()
  for (const kind of ['sg-rule', 'traffic', 'route'] as const) {
    for (const edge of topology.edges) {
      if (edge.kind !== kind || !nodeOf.has(edge.source) || !nodeOf.has(edge.target)) continue
      const owner = ownerOf(indexOf.get(edge.source)!, indexOf.get(edge.target)!)
      const known = sameEnds.get(owner)
      if (known) {
        routes.set(edge.id, known)
        continue
      }
      const ports = portsOf(edge.source, edge.target, true)
      const trunk = trunks.get(edge.source) ?? new Trunks()
      trunks.set(edge.source, trunk)
      const goals = portsOf(edge.target, edge.source, false)
      const path =
        findPath(grid, ports, goals, usage, owner, SEARCH_MARGIN, trunk.branches, weight) ??
        findPath(grid, ports, goals, usage, owner, Infinity, trunk.branches, weight)
      const route = path ? routeAlong(grid, trunk.grow(path, ports), goals) : directRoute(rects.get(edge.source)!, rects.get(edge.target)!)
      if (path) usage.add(path, grid.nx, owner)
      sameEnds.set(owner, route)
      routes.set(edge.id, route)
    }
  }
  routeCache.set(topology, routes)
  return routes
}

/**
 * The lines drawn so far from one source: a later line may branch off one of them where it
 * suits (one turn) instead of leaving the box by a port of its own, so lines from a box read
 * as a tree, and the search starts nearer its goal.
 */
class Trunks {
  readonly branches: Terminal[] = []
  private readonly paths = new Map<number, { port: Port; path: readonly number[]; index: number }>()

  /** The whole path from the source's port, given one found from a port or a branch point. */
  grow(path: readonly number[], ports: readonly Port[]): { port: Port; path: number[] } {
    const branch = this.paths.get(path[0]!)
    const port = branch?.port ?? ports.find((p) => p.node === path[0])!
    const whole = branch ? [...branch.path.slice(0, branch.index), ...path] : [...path]
    for (let k = 1; k < whole.length - 1; k++) {
      if (this.paths.has(whole[k]!)) continue
      this.paths.set(whole[k]!, { port, path: whole, index: k })
      this.branches.push({ node: whole[k]!, direction: directionOf(whole[k - 1]!, whole[k]!), cost: 0 })
    }
    return { port, path: whole }
  }
}

function directionOf(from: number, to: number): Direction {
  const step = to - from
  return step === 1 ? 0 : step === -1 ? 1 : step > 0 ? 2 : 3
}

/** The drawn line of a path: the port on the source's side, the crossings where it turns, the port on the target's. */
function routeAlong(grid: RoutingGrid, { port, path }: { port: Port; path: readonly number[] }, goals: readonly Port[]): Route {
  const at = (node: number): Point => ({ x: grid.xs[node % grid.nx]!, y: grid.ys[Math.floor(node / grid.nx)]! })
  const goal = goals.find((p) => p.node === path[path.length - 1])!
  const points = [...(port.end ? [port.end] : []), ...path.map(at), ...(goal.end ? [goal.end] : [])]
  return { points: corners(points), exit: port.side, entry: goal.side }
}

/** Keeps the ends and the points where the line turns. */
function corners(points: Point[]): Point[] {
  return points.filter((p, i) => {
    const prev = points[i - 1]
    const next = points[i + 1]
    if (!prev || !next) return true
    return !((prev.x === p.x && p.x === next.x) || (prev.y === p.y && p.y === next.y))
  })
}

/**
 * When boxes wall an end in (no way through the grid): down from the source's middle, across,
 * and into the target's top, as the crow flies. No layout the engine draws has needed it.
 */
function directRoute(source: Rect, target: Rect): Route {
  const sx = source.x + source.width / 2
  const tx = target.x + target.width / 2
  const midY = (source.y + source.height + target.y) / 2
  return { points: corners([{ x: sx, y: source.y + source.height }, { x: sx, y: midY }, { x: tx, y: midY }, { x: tx, y: target.y }]), exit: 'bottom', entry: 'top' }
}
