import { lowerIndex, type RoutingGrid } from './routing-grid'
import type { LineUsage } from './line-usage'

/** Directions on the grid: 0 right, 1 left, 2 down, 3 up. */
export type Direction = 0 | 1 | 2 | 3
const DX = [1, -1, 0, 0] as const
const DY = [0, 0, 1, -1] as const

/** A turn costs as much as this many pixels, so a line takes few corners. */
const BEND_COST = 40

/** A crossing where a line may start (leaving in `direction`) or end (arriving in `direction`, or any). */
export type Terminal = { node: number; direction: Direction | null; cost: number }

/** Scratch arrays reused from one search to the next: a 1,700-line canvas allocates them once. */
class Scratch {
  size = 0
  stamp = 0
  seen = new Int32Array(0)
  done = new Int32Array(0)
  cost = new Float64Array(0)
  parent = new Int32Array(0)
  goalCost = new Float64Array(0)
  goalStamp = new Int32Array(0)

  prepare(states: number, nodes: number) {
    if (this.size < states) {
      this.size = states
      this.seen = new Int32Array(states)
      this.done = new Int32Array(states)
      this.cost = new Float64Array(states)
      this.parent = new Int32Array(states)
      this.goalCost = new Float64Array(nodes)
      this.goalStamp = new Int32Array(nodes)
    }
    this.stamp++
  }
}
const scratch = new Scratch()

/**
 * The cheapest orthogonal path over the grid from any start to any goal (A* over crossing ×
 * direction, so turns can be charged): length, plus BEND_COST per turn, plus what the grid
 * charges (titles, hugging) and what `usage` charges for running along or across lines already
 * drawn. `branches` are further starts (points on lines already drawn from the same source) used
 * where they fall inside the searched window. Returns the crossings passed, start first, or null
 * when the boxes leave no way through. A `weight` over 1 counts the distance left that many times:
 * a path at most that much dearer than the best, for far fewer steps searched.
 * Example: start (0,0) leaving right, goal (2,1) arriving down, free grid → [(0,0), (2,0), (2,1)].
 */
export function findPath(
  grid: RoutingGrid,
  starts: readonly Terminal[],
  goals: readonly Terminal[],
  usage: LineUsage,
  owner: number,
  margin = Infinity,
  branches: readonly Terminal[] = [],
  weight = 1,
): number[] | null {
  const { nx, xs, ys } = grid
  const nodes = nx * grid.ny
  scratch.prepare(nodes * 4, nodes)
  const { seen, done, cost, parent, goalCost, goalStamp, stamp } = scratch

  // Goals arriving in a set direction, or any; the heuristic aims at their bounding box.
  let gx1 = Infinity
  let gx2 = -Infinity
  let gy1 = Infinity
  let gy2 = -Infinity
  const goalDirection = new Map<number, Direction | null>()
  for (const g of goals) {
    goalStamp[g.node] = stamp
    goalCost[g.node] = g.cost
    goalDirection.set(g.node, g.direction)
    const x = xs[g.node % nx]!
    const y = ys[Math.floor(g.node / nx)]!
    gx1 = Math.min(gx1, x)
    gx2 = Math.max(gx2, x)
    gy1 = Math.min(gy1, y)
    gy2 = Math.max(gy2, y)
  }
  // Distance to the goals' bounding box, plus the turns still needed to face it: a lower bound.
  const heuristic = (node: number, dir: Direction) => {
    const x = xs[node % nx]!
    const y = ys[Math.floor(node / nx)]!
    const needX = x < gx1 ? 1 : x > gx2 ? -1 : 0
    const needY = y < gy1 ? 1 : y > gy2 ? -1 : 0
    const distance = Math.max(0, gx1 - x, x - gx2) + Math.max(0, gy1 - y, y - gy2)
    const alongX = dir < 2 ? DX[dir] : 0
    const alongY = dir < 2 ? 0 : DY[dir]
    const away = (needX !== 0 && alongX === -needX) || (needY !== 0 && alongY === -needY)
    const turns = away ? 2 : needX !== 0 && needY !== 0 ? 1 : (needX !== 0 && alongX === 0) || (needY !== 0 && alongY === 0) ? 1 : 0
    return distance * weight + turns * BEND_COST
  }

  // The search stays within `margin` px of the box around both ends (a wider search follows when that fails).
  let [wx1, wx2, wy1, wy2] = [gx1, gx2, gy1, gy2]
  for (const s of starts) {
    const x = xs[s.node % nx]!
    const y = ys[Math.floor(s.node / nx)]!
    wx1 = Math.min(wx1, x)
    wx2 = Math.max(wx2, x)
    wy1 = Math.min(wy1, y)
    wy2 = Math.max(wy2, y)
  }
  const [i1, i2] = [lowerIndex(xs, wx1 - margin), upperIndex(xs, wx2 + margin)]
  const [j1, j2] = [lowerIndex(ys, wy1 - margin), upperIndex(ys, wy2 + margin)]

  const heap = new StateHeap()
  const inWindow = (node: number) => {
    const i = node % nx
    const j = (node - i) / nx
    return i >= i1 && i <= i2 && j >= j1 && j <= j2
  }
  for (const s of [...starts, ...branches.filter((b) => inWindow(b.node))]) {
    const directions: Direction[] = s.direction === null ? [0, 1, 2, 3] : [s.direction]
    for (const d of directions) {
      const state = s.node * 4 + d
      if (seen[state] === stamp && cost[state]! <= s.cost) continue
      seen[state] = stamp
      cost[state] = s.cost
      parent[state] = -1
      heap.push(state, s.cost + heuristic(s.node, d))
    }
  }

  let best = Infinity
  let bestState = -1
  while (heap.size > 0) {
    const priority = heap.topPriority
    const state = heap.pop()
    if (priority >= best) break
    // Each state is expanded once (a weighted search does not reopen states).
    if (done[state] === stamp) continue
    done[state] = stamp
    const g = cost[state]!
    const node = state >> 2
    const dir = (state & 3) as Direction
    if (goalStamp[node] === stamp) {
      const wanted = goalDirection.get(node)
      const total = g + goalCost[node]! + (wanted === null || wanted === dir ? 0 : BEND_COST)
      if (total < best) {
        best = total
        bestState = state
      }
    }
    const i = node % nx
    const j = (node - i) / nx
    for (let d = 0 as Direction; d < 4; d = (d + 1) as Direction) {
      if ((d ^ 1) === dir) continue // no going back
      const ni = i + DX[d]
      const nj = j + DY[d]
      if (ni < i1 || nj < j1 || ni > i2 || nj > j2) continue
      const next = nj * nx + ni
      if (grid.closedNode[next]) continue
      // The stretch between the two crossings, indexed by its left or top end.
      const stretch = d < 2 ? j * nx + Math.min(i, ni) : Math.min(j, nj) * nx + i
      const horizontal = d < 2
      if (horizontal ? grid.closedH[stretch] : grid.closedV[stretch]) continue
      const length = horizontal ? Math.abs(xs[ni]! - xs[i]!) : Math.abs(ys[nj]! - ys[j]!)
      const step =
        length +
        (horizontal ? grid.extraH[stretch]! : grid.extraV[stretch]!) +
        (d === dir ? 0 : BEND_COST) +
        usage.costOf(horizontal, stretch, length, next, owner)
      const nextState = next * 4 + d
      const nextCost = g + step
      if (done[nextState] === stamp || (seen[nextState] === stamp && cost[nextState]! <= nextCost)) continue
      seen[nextState] = stamp
      cost[nextState] = nextCost
      parent[nextState] = state
      heap.push(nextState, nextCost + heuristic(next, d))
    }
  }
  if (bestState < 0) return null
  const path: number[] = []
  for (let s = bestState; s >= 0; s = parent[s]!) path.push(s >> 2)
  return path.reverse()
}

/** A binary min-heap of (state, priority) in two parallel arrays. */
class StateHeap {
  private states: number[] = []
  private priorities: number[] = []

  get size() {
    return this.states.length
  }

  push(state: number, priority: number) {
    const { states, priorities } = this
    let k = states.length
    states.push(state)
    priorities.push(priority)
    while (k > 0) {
      const up = (k - 1) >> 1
      if (priorities[up]! <= priority) break
      states[k] = states[up]!
      priorities[k] = priorities[up]!
      k = up
    }
    states[k] = state
    priorities[k] = priority
  }

  get topPriority() {
    return this.priorities[0]!
  }

  pop(): number {
    const { states, priorities } = this
    const top = states[0]!
    const lastState = states.pop()!
    const lastPriority = priorities.pop()!
    const n = states.length
    if (n > 0) {
      let k = 0
      for (;;) {
        const left = 2 * k + 1
        if (left >= n) break
        const right = left + 1
        const child = right < n && priorities[right]! < priorities[left]! ? right : left
        if (priorities[child]! >= lastPriority) break
        states[k] = states[child]!
        priorities[k] = priorities[child]!
        k = child
      }
      states[k] = lastState
      priorities[k] = lastPriority
    }
    return top
  }
}

/** Last index whose coordinate is at most v (the last when v is past the grid). */
function upperIndex(sorted: readonly number[], v: number): number {
  let lo = 0
  let hi = sorted.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (sorted[mid]! > v) hi = mid - 1
    else lo = mid
  }
  return lo
}
