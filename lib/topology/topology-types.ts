import type { Tier } from '../model'

export type TopoNodeKind =
  | 'region'
  | 'vpc'
  | 'az'
  | 'subnet-group'
  | 'external'
  | 'igw'
  | 'nat'
  | 'alb'
  | 'service'
  | 'database'
  | 'cache'
  | 'bastion'
  | 'endpoint'
  | 'cloudfront'
  | 'waf'
  | 'route53'

export type Point = { x: number; y: number }
export type Size = { width: number; height: number }

/** A box React Flow can draw: groups carry a size, leaves use TOPOLOGY_NODE_SIZE. */
export type TopoNode = {
  id: string
  kind: TopoNodeKind
  label: string
  sublabel?: string
  parentId?: string
  /** Relative to the parent, as React Flow sub-flows expect; absolute for top-level nodes. */
  position: Point
  /** For groups (region, vpc, az, subnet-group). */
  size?: Size
  tier?: Tier
  az?: string
  data: Record<string, unknown>
}

export type TopoEdgeKind = 'sg-rule' | 'route' | 'traffic'

export type TopoEdge = {
  id: string
  source: string
  target: string
  kind: TopoEdgeKind
  /** 'TCP 5432', 'ALL', '0.0.0.0/0', 'HTTPS'. */
  label: string
  protocol?: string
  /** '5432', '1024-2048', 'all'. */
  port?: string
  sgId?: string
  data: Record<string, unknown>
}

/** Plain data: parents come before their children in `nodes`. */
export type Topology = { nodes: TopoNode[]; edges: TopoEdge[]; width: number; height: number }
