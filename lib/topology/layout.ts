import type { Point, Size } from './topology-types'

/**
 * Every leaf node is drawn this size, so layout needs no measuring: room for a 24-character name
 * on two lines at 15 px and a detail line of two lines at 12 px beside the icon.
 */
export const TOPOLOGY_NODE_SIZE: Readonly<Size> = { width: 224, height: 80 }

/**
 * The box names' font size (px) and the smallest zoom at which they still read as 12 px on
 * screen: the canvas never fits the drawing further out than this by default.
 */
export const LABEL_FONT_PX = 15
export const READABLE_ZOOM = 12.3 / LABEL_FONT_PX

/** Space between sibling boxes. */
export const GAP = 16
/** Inner margin of a group. */
export const PADDING = 12
/** Room for a group's own label above its children. */
export const GROUP_HEADER = 30
/** Space between the external column and the region. */
export const COLUMN_GAP = 72
/**
 * Leaves per row inside a subnet group: three, so a tier is one row for the usual load balancer,
 * NAT and bastion, and the drawing is wide rather than tall like the canvas.
 */
export const MAX_COLUMNS = 3
/** A subnet tier with more leaves than this grows to a wider grid than MAX_COLUMNS. */
export const WIDE_AFTER = 8
/** Width over height of the dashboard's canvas (about 1,100 × 560 px): crowded grids aim for it. */
export const CANVAS_ASPECT = 2
/** A collapsed AZ or VPC is drawn this size; a collapsed subnet keeps its AZ's width. */
export const SUMMARY_SIZE: Readonly<Size> = { width: 260, height: 72 }

/**
 * Position of the `index`-th leaf in a grid of `columns`, from the grid's top-left corner.
 * Example: gridPosition(3, 2) → { x: 240, y: 96 } (second row, second column, 224×80 leaves, gap 16).
 */
export function gridPosition(index: number, columns: number): Point {
  const { width, height } = TOPOLOGY_NODE_SIZE
  return { x: (index % columns) * (width + GAP), y: Math.floor(index / columns) * (height + GAP) }
}

/**
 * Outer size of a grid of leaves.
 * Example: gridSize(2, 3) → { width: 464, height: 272 } (2 columns, 3 rows).
 */
export function gridSize(columns: number, rows: number): Size {
  const { width, height } = TOPOLOGY_NODE_SIZE
  return {
    width: columns > 0 ? columns * width + (columns - 1) * GAP : 0,
    height: rows > 0 ? rows * height + (rows - 1) * GAP : 0,
  }
}
