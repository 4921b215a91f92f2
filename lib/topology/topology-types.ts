import type { Tier } from '../model'
import type { TopoNodeKind } from './topology-kinds'
import type { TopologyText } from './topology-reasons'

export type { TopoNodeKind }

export type Point = { x: number; y: number }
export type Size = { width: number; height: number }

/** A box React Flow can draw: groups carry a size, leaves use TOPOLOGY_NODE_SIZE. */
export type TopoNode = {
  id: string
  kind: TopoNodeKind
  label: TopologyText
  sublabel?: TopologyText
  parentId?: string
  /** Relative to the parent, as React Flow sub-flows expect; absolute for top-level nodes. */
  position: Point
  /** For groups (region, vpc, az, subnet-group). */
  size?: Size
  tier?: Tier
  az?: string
  /** Set when a collapsed group is drawn as one summary box in place of its contents. */
  collapsed?: CollapsedSummary
  data: Record<string, unknown>
}

/** What a collapsed group holds: 'Private app · AZ a — 50 services'. */
export type CollapsedSummary = {
  /** Resources (leaf boxes) inside, at any depth. */
  count: number
  byKind: Partial<Record<TopoNodeKind, number>>
  /** '50 services', '1 load balancer, 1 NAT gateway, 1 bastion host'. */
  text: TopologyText
}

export type TopoEdgeKind = 'sg-rule' | 'route' | 'traffic'

export type TopoEdge = {
  id: string
  source: string
  target: string
  kind: TopoEdgeKind
  /** 'TCP 5432', 'ALL', '0.0.0.0/0', 'HTTPS', 'forwards 8080'. */
  label: TopologyText
  protocol?: string
  /** '5432', '1024-2048', 'all'. */
  port?: string
  /**
   * The one port a line is about, as the design gives it: a rule on a single TCP or UDP port, a
   * request flow forwarded to a service's port; absent for a range, ALL and other lines. Merged
   * lines on a run of ports read 'TCP 20000–20049' from it (summarisePortRun).
   */
  singlePort?: number
  sgId?: string
  /**
   * Ids of the engine edges this line stands for, when it was re-routed to a collapsed group or
   * parallel lines were merged into it; absent for a line drawn as it is.
   */
  members?: string[]
  data: Record<string, unknown>
}

/**
 * Plain data: parents come before their children in `nodes`. `hidden` maps every box left out
 * because a group is collapsed to the collapsed group drawn in its place.
 */
export type Topology = { nodes: TopoNode[]; edges: TopoEdge[]; width: number; height: number; hidden: Record<string, string> }
