import { GAP, TOPOLOGY_NODE_SIZE } from './layout-constants'
import type { Point, Size } from './topology-types'

/**
 * Position of the `index`-th leaf in a grid of `columns`, from the grid's top-left corner.
 * Example: gridPosition(3, 2) → { x: 204, y: 88 } (second row, second column, 180×64 leaves, gap 24).
 */
export function gridPosition(index: number, columns: number): Point {
  const { width, height } = TOPOLOGY_NODE_SIZE
  return { x: (index % columns) * (width + GAP), y: Math.floor(index / columns) * (height + GAP) }
}

/**
 * Outer size of a grid of leaves.
 * Example: gridSize(2, 3) → { width: 384, height: 240 } (2 columns, 3 rows).
 */
export function gridSize(columns: number, rows: number): Size {
  const { width, height } = TOPOLOGY_NODE_SIZE
  return {
    width: columns > 0 ? columns * width + (columns - 1) * GAP : 0,
    height: rows > 0 ? rows * height + (rows - 1) * GAP : 0,
  }
}
