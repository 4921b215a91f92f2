import type { Size } from './topology-types'

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
