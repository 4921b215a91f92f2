import type { Edge, Node } from '@xyflow/react'
import type { TopoEdge, TopoNode } from '@/lib/topology'

/** How loudly a box or line is drawn under a highlight lens. */
export type Emphasis = 'none' | 'strong' | 'soft' | 'dim'

/** amber = the internet's reach, rose = the path to the database. */
export type GlowTone = 'amber' | 'rose'

export type TopoFlowNodeData = {
  topo: TopoNode
  emphasis: Emphasis
  tone: GlowTone | null
  /** 1-based position along the highlighted database path, or null. */
  pathStep: number | null
  /** Ports the internet opens directly on this box (internet lens only). */
  internetPorts: number[]
  /** Marked by the failure overlay. */
  singlePointOfFailure: boolean
  /** A search hit: 'current' is the one the view centred on. */
  match: 'current' | 'other' | null
  /** In the AZ the AZ-outage overlay takes down. */
  failed: boolean
}

export type TopoFlowNodeType = 'frame' | 'resource' | 'external' | 'summary'
export type TopoFlowNode = Node<TopoFlowNodeData, TopoFlowNodeType>

/** One edge's label text on a pill. */
export type PillItem = {
  edgeId: string
  text: string
  /** Part of `text` drawn for screen readers only, because the item before shows it ('TCP '). */
  hiddenPrefix: string
  shown: string
  /** False when another item on the pill already shows the same text, or a summary stands in. */
  visible: boolean
  emphasis: Emphasis
}

/**
 * The ports a box admits, drawn where its lines come in: every sg-rule edge entering one side
 * of one box shares a pill. Traffic labels use a centred pill at the line's midpoint.
 */
export type EdgePill = {
  kind: TopoEdge['kind']
  x: number
  y: number
  /** Which side of the target the pill hangs on; 'centre' sits on the line. */
  anchor: 'top' | 'bottom' | 'left' | 'right' | 'centre'
  /** 'TCP 8080–8086' when many contiguous ports would make a long pill; null lists the items. */
  summary: string | null
  items: PillItem[]
  emphasis: Emphasis
  /** The lens colour when any item on the pill is lit (the drawing edge itself may not be). */
  tone: GlowTone | null
  /** Full text for the tooltip: which rule admits whom. */
  title: string
}

type TopoFlowEdgeData = {
  topo: TopoEdge
  emphasis: Emphasis
  tone: GlowTone | null
  /** SVG path in canvas coordinates, routed around the boxes. */
  path: string
  /** Null when another edge draws the shared pill, or the line needs no label. */
  pill: EdgePill | null
  /** How many engine lines this one stands for (merged lines draw thicker). */
  count: number
}

export type TopoFlowEdge = Edge<TopoFlowEdgeData, TopoEdge['kind']>
