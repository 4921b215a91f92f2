import type { Point, Size } from './topology-types'

/** Every leaf node is drawn this size, so layout needs no measuring. */
export const TOPOLOGY_NODE_SIZE: Readonly<Size> = { width: 180, height: 64 }

/** Space between sibling boxes. */
export const GAP = 24
/** Inner margin of a group. */
export const PADDING = 16
/** Room for a group's own label above its children. */
export const GROUP_HEADER = 36
/** Space between the external column and the region. */
export const COLUMN_GAP = 96
/** Leaves per row inside a subnet group. */
export const MAX_COLUMNS = 2
/** A subnet tier with more leaves than this grows to a square-ish grid instead of two columns. */
export const WIDE_AFTER = 8
/** A collapsed AZ or VPC is drawn this size; a collapsed subnet keeps its AZ's width. */
export const SUMMARY_SIZE: Readonly<Size> = { width: 260, height: 72 }

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
