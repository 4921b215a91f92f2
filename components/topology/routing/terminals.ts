import type { Point } from '@/lib/topology'
import type { Rect } from '../absolute-rects'
import type { Side } from '../route-edge'
import type { Direction, Terminal } from './find-path'
import { CLEARANCE, type RoutingGrid } from './routing-grid'
import { TITLE_ROW_HEIGHT } from './frame-titles'

/** Ports along a box's top and bottom (fractions of its width) and its sides (of its height). */
const ACROSS = [1 / 2, 1 / 4, 3 / 4]
const DOWN = [1 / 2, 1 / 4, 3 / 4]
/** A port off the middle of its side costs this much per step out, so single lines stay centred. */
const OFF_CENTRE_COST = 3
/**
 * Entering a box from the left or right costs as much as this many pixels: the ports pill of
 * a side entry hangs beside the box, over the gap to its neighbour, while a top or bottom pill
 * straddles the box's own border.
 */
const SIDE_ENTRY_COST = 400

/** Where a line meets a box or frame: the grid crossing it starts or ends at and the drawn end beyond it. */
export type Port = Terminal & { side: Side; end: Point | null }

const OUTWARD: Record<Side, Direction> = { right: 0, left: 1, bottom: 2, top: 3 }
const INWARD: Record<Side, Direction> = { right: 1, left: 0, bottom: 3, top: 2 }

/** The grid coordinates every port of a box needs (the grown outline is on the grid already). */
export function portCoordinates(box: Rect): { xs: number[]; ys: number[] } {
  return { xs: ACROSS.map((f) => box.x + box.width * f), ys: DOWN.map((f) => box.y + box.height * f) }
}

/**
 * A box's ports: on each side, points spread along it, each with a stub CLEARANCE out from
 * the side (the grid crossing the search starts or ends at). A line leaves outward and enters
 * inward; entering at a stub from another way costs a turn.
 * Example: a 180×64 box at (0,0): top ports at x 90, 60, 120, 30, 150, stubs at y -6.
 */
export function boxPorts(grid: RoutingGrid, box: Rect, leaving: boolean): Port[] {
  const ports: Port[] = []
  const add = (side: Side, end: Point, stub: Point, rank: number) => {
    const node = grid.yIndex(stub.y) * grid.nx + grid.xIndex(stub.x)
    if (grid.closedNode[node] || grid.xs[node % grid.nx] !== snapHalf(stub.x) || grid.ys[Math.floor(node / grid.nx)] !== snapHalf(stub.y)) return
    const sideEntry = !leaving && (side === 'left' || side === 'right') ? SIDE_ENTRY_COST : 0
    ports.push({ node, direction: leaving ? OUTWARD[side] : INWARD[side], cost: rank * OFF_CENTRE_COST + sideEntry, side, end })
  }
  ACROSS.forEach((f, rank) => {
    const x = box.x + box.width * f
    add('top', { x, y: box.y }, { x, y: box.y - CLEARANCE }, rank)
    add('bottom', { x, y: box.y + box.height }, { x, y: box.y + box.height + CLEARANCE }, rank)
  })
  DOWN.forEach((f, rank) => {
    const y = box.y + box.height * f
    add('left', { x: box.x, y }, { x: box.x - CLEARANCE, y }, rank)
    add('right', { x: box.x + box.width, y }, { x: box.x + box.width + CLEARANCE, y }, rank)
  })
  return ports
}

/** The grid coordinates of a frame's borders and of the first row under its title. */
export function frameCoordinates(frame: Rect): { xs: number[]; ys: number[] } {
  return { xs: [frame.x, frame.x + frame.width], ys: [frame.y, frame.y + TITLE_ROW_HEIGHT, frame.y + frame.height] }
}

/**
 * Where a line meets a frame (a rule for the whole VPC's range, a route table's subnet): any
 * open crossing on its left or right border under the title row and, when the other end is
 * outside the frame, on its top border clear of the title (`overTitle` says which x it
 * covers) or its bottom border. A line from a frame to a box inside it starts on the border
 * heading in.
 */
export function framePorts(grid: RoutingGrid, frame: Rect, leaving: boolean, holdsOtherEnd: boolean, overTitle: (x: number) => boolean): Port[] {
  const ports: Port[] = []
  const { xs, nx } = grid
  // Into the frame from its border, or across the border from outside.
  const heading = (side: Side) => (leaving === holdsOtherEnd ? INWARD[side] : OUTWARD[side])
  const add = (i: number, j: number, side: Side) => {
    const node = j * nx + i
    if (!grid.closedNode[node]) ports.push({ node, direction: heading(side), cost: 0, side, end: null })
  }
  const [left, right] = [grid.xIndex(frame.x), grid.xIndex(frame.x + frame.width)]
  const [top, belowTitle, bottom] = [grid.yIndex(frame.y), grid.yIndex(frame.y + TITLE_ROW_HEIGHT), grid.yIndex(frame.y + frame.height)]
  for (let j = belowTitle; j < bottom; j++) {
    add(left, j, 'left')
    add(right, j, 'right')
  }
  if (holdsOtherEnd) return ports
  for (let i = left + 1; i < right; i++) {
    if (!overTitle(xs[i]!)) add(i, top, 'top')
    add(i, bottom, 'bottom')
  }
  return ports
}

const snapHalf = (v: number) => Math.round(v * 2) / 2
