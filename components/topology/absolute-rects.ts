import { TOPOLOGY_NODE_SIZE, type Topology } from '@/lib/topology'

export type Rect = { x: number; y: number; width: number; height: number }

/**
 * Every box in canvas coordinates: the engine places children relative to their parent.
 * Example (swiftlogix): alb:alb at region 276+16, vpc +16, az +16, subnet +16 → x 340.
 */
export function absoluteRects(topology: Topology): Map<string, Rect> {
  const rects = new Map<string, Rect>()
  // Parents precede children in `nodes`, so one pass suffices.
  for (const node of topology.nodes) {
    const parent = node.parentId ? rects.get(node.parentId) : undefined
    const size = node.size ?? TOPOLOGY_NODE_SIZE
    rects.set(node.id, { x: (parent?.x ?? 0) + node.position.x, y: (parent?.y ?? 0) + node.position.y, ...size })
  }
  return rects
}
