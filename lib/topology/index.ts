export { buildTopology, type TopologyOptions } from './build-topology'
export { TOPOLOGY_NODE_SIZE } from './layout-constants'
export type { Point, Size, TopoEdge, TopoEdgeKind, TopoNode, TopoNodeKind, Topology } from './topology-types'
