import { describe, expect, it } from 'vitest'
import { findPath } from './find-path'
import { LineUsage, ownerOf } from './line-usage'
import { CLEARANCE, RoutingGrid } from './routing-grid'

const box = (x: number, y: number) => ({ x, y, width: 100, height: 40 })

/** The crossing of the grid at (x, y), which must be on it. */
function nodeAt(grid: RoutingGrid, x: number, y: number): number {
  return grid.yIndex(y) * grid.nx + grid.xIndex(x)
}

function pointsOf(grid: RoutingGrid, path: readonly number[]) {
  return path.map((n) => ({ x: grid.xs[n % grid.nx]!, y: grid.ys[Math.floor(n / grid.nx)]! }))
}

describe('findPath', () => {
  // Three boxes in a row, 200 px apart, in a frame reaching 60 px under them (tracks run in
  // between); the line from the left one to the right one must not cross the middle one.
  const boxes = [box(0, 0), box(300, 0), box(600, 0)]
  const frame = { x: -40, y: -40, width: 780, height: 140 }
  const grid = new RoutingGrid(boxes, [frame], [], [50, 350, 650], [])

  it('goes round a box in the way instead of through it', () => {
    const start = { node: nodeAt(grid, 50, 40 + CLEARANCE), direction: 2 as const, cost: 0 }
    const goal = { node: nodeAt(grid, 650, 40 + CLEARANCE), direction: 3 as const, cost: 0 }
    const path = findPath(grid, [start], [goal], new LineUsage(grid.nx * grid.ny), ownerOf(0, 2))!
    const points = pointsOf(grid, path)
    // Down out of the left box, along under the middle one, up into the right one.
    expect(points[0]).toEqual({ x: 50, y: 46 })
    expect(points[points.length - 1]).toEqual({ x: 650, y: 46 })
    expect(points.every((p) => p.y >= 40 + CLEARANCE)).toBe(true)
  })

  it('finds no way when a box walls the goal in', () => {
    const walled = new RoutingGrid([box(0, 0), { x: -20, y: 100, width: 140, height: 140 }], [], [], [50], [170])
    const start = { node: nodeAt(walled, 50, 40 + CLEARANCE), direction: 2 as const, cost: 0 }
    const inside = { node: nodeAt(walled, 50, 170), direction: null, cost: 0 }
    expect(findPath(walled, [start], [inside], new LineUsage(walled.nx * walled.ny), ownerOf(0, 1))).toBeNull()
  })

  it('takes a parallel track rather than run along a line of two other ends', () => {
    const usage = new LineUsage(grid.nx * grid.ny)
    const from = (x: number) => ({ node: nodeAt(grid, x, 40 + CLEARANCE), direction: 2 as const, cost: 0 })
    const to = (x: number) => ({ node: nodeAt(grid, x, 40 + CLEARANCE), direction: 3 as const, cost: 0 })
    const first = findPath(grid, [from(50)], [to(650)], usage, ownerOf(0, 2))!
    usage.add(first, grid.nx, ownerOf(0, 2))
    // Another source and target the same way: alone it would take the first line's row.
    const alone = findPath(grid, [from(350)], [to(650)], new LineUsage(grid.nx * grid.ny), ownerOf(1, 3))!
    const second = findPath(grid, [from(350)], [to(650)], usage, ownerOf(1, 3))!
    const rowOf = (path: number[]) => Math.max(...pointsOf(grid, path).map((p) => p.y))
    expect(rowOf(alone)).toBe(rowOf(first))
    expect(rowOf(second)).not.toBe(rowOf(first))
  })
})
