import type { ArchitectureConfig } from '../model'
import { azNames, planSubnets, TIERS } from '../network'
import { gridPosition, gridSize } from './grid-layout'
import { COLUMN_GAP, GAP, GROUP_HEADER, MAX_COLUMNS, PADDING, TOPOLOGY_NODE_SIZE } from './layout-constants'
import { listExternalLeaves } from './list-external-leaves'
import { listResourceLeaves, type ResourceLeaf } from './list-resource-leaves'
import { listRouteEdges } from './list-route-edges'
import { listSgEdges } from './list-sg-edges'
import { listTrafficEdges } from './list-traffic-edges'
import type { TopoEdge, TopoEdgeKind, TopoNode, Topology } from './topology-types'

export type TopologyOptions = {
  /** Edge kinds to include; all three by default. */
  edgeKinds?: readonly TopoEdgeKind[]
}

const TIER_LABELS = { public: 'Public subnet', 'private-app': 'Private app subnet', 'private-db': 'Private DB subnet' } as const
const GATEWAY_ENDPOINTS = new Set(['s3', 'dynamodb'])

/**
 * Lays a config out as nested boxes and edges for React Flow: external boxes in a left column;
 * region ⊃ VPC ⊃ one column per AZ ⊃ public / private-app / private-db subnet groups, each
 * holding its resources in a grid of at most two columns. Group sizes follow their contents,
 * every row of subnet groups shares one height, and parents precede children in `nodes`.
 * Example (swiftlogix): externals internet and Office; region us-east-1 ⊃ vpc ⊃ az:us-east-1a,
 * az:us-east-1b; subnet:private-app-a holds service:order, service:stock, service:payment;
 * edges include 'sg:rds-sg:ingress:0:service:order->database' ('TCP 5432') and
 * 'route:igw->subnet:public-a' ('0.0.0.0/0').
 */
export function buildTopology(config: ArchitectureConfig, options: TopologyOptions = {}): Topology {
  const { width: nodeWidth, height: nodeHeight } = TOPOLOGY_NODE_SIZE
  const azs = azNames(config.region, config.network.azCount)
  const subnets = planSubnets(config)
  const leaves = listResourceLeaves(config)
  const externals = listExternalLeaves(config)
  const leavesIn = (tier: string, azIndex: number) => leaves.filter((l) => l.tier === tier && l.azIndex === azIndex)

  // Every subnet group gets the same width, and every tier row one height, so AZ columns line up.
  const columns = Math.max(1, ...subnets.map((s) => Math.min(MAX_COLUMNS, leavesIn(s.tier, azs.indexOf(s.az)).length)))
  const rowsOf = (tier: string) => Math.max(1, ...azs.map((_, i) => Math.ceil(leavesIn(tier, i).length / columns)))
  const grid = (rows: number) => gridSize(columns, rows)
  const subnetWidth = PADDING * 2 + grid(1).width
  const subnetHeight = Object.fromEntries(TIERS.map((t) => [t, GROUP_HEADER + grid(rowsOf(t)).height + PADDING])) as Record<string, number>
  const azWidth = PADDING * 2 + subnetWidth
  const azHeight = GROUP_HEADER + TIERS.reduce((sum, t) => sum + subnetHeight[t]!, 0) + GAP * (TIERS.length - 1) + PADDING

  const headerItems = [
    ...(config.network.internetGateway ? [{ id: 'igw', kind: 'igw' as const, label: 'Internet gateway', sublabel: undefined as string | undefined, data: {} }] : []),
    ...config.network.vpcEndpoints.map((name) => ({
      id: `endpoint:${name}`,
      kind: 'endpoint' as const,
      label: `${name} endpoint`,
      sublabel: GATEWAY_ENDPOINTS.has(name) ? 'gateway endpoint' : 'interface endpoint',
      data: { service: name },
    })),
  ]
  const headerRow = headerItems.length > 0 ? nodeHeight + GAP : 0
  const azRowWidth = azs.length * azWidth + (azs.length - 1) * GAP
  const vpcWidth = PADDING * 2 + Math.max(azRowWidth, gridSize(headerItems.length, 1).width)
  const vpcHeight = GROUP_HEADER + headerRow + azHeight + PADDING
  const regionWidth = PADDING * 2 + vpcWidth
  const regionHeight = GROUP_HEADER + vpcHeight + PADDING
  const regionX = nodeWidth + COLUMN_GAP

  const nodes: TopoNode[] = []
  externals.forEach((leaf, i) => {
    nodes.push({ id: leaf.id, kind: leaf.kind, label: leaf.label, ...(leaf.sublabel ? { sublabel: leaf.sublabel } : {}), position: { x: 0, y: i * (nodeHeight + GAP) }, data: leaf.data })
  })
  nodes.push({ id: 'region', kind: 'region', label: config.region, position: { x: regionX, y: 0 }, size: { width: regionWidth, height: regionHeight }, data: {} })
  nodes.push({
    id: 'vpc',
    kind: 'vpc',
    label: 'VPC',
    sublabel: config.network.vpcCidr,
    parentId: 'region',
    position: { x: PADDING, y: GROUP_HEADER },
    size: { width: vpcWidth, height: vpcHeight },
    data: { cidr: config.network.vpcCidr, flowLogs: config.network.flowLogs },
  })
  headerItems.forEach((item, i) => {
    const at = gridPosition(i, headerItems.length)
    nodes.push({ id: item.id, kind: item.kind, label: item.label, ...(item.sublabel ? { sublabel: item.sublabel } : {}), parentId: 'vpc', position: { x: PADDING + at.x, y: GROUP_HEADER + at.y }, data: item.data })
  })
  azs.forEach((az, azIndex) => {
    const azId = `az:${az}`
    nodes.push({
      id: azId,
      kind: 'az',
      label: az,
      parentId: 'vpc',
      az,
      position: { x: PADDING + azIndex * (azWidth + GAP), y: GROUP_HEADER + headerRow },
      size: { width: azWidth, height: azHeight },
      data: {},
    })
    let y = GROUP_HEADER
    for (const tier of TIERS) {
      const subnet = subnets.find((s) => s.tier === tier && s.az === az)
      const subnetId = `subnet:${subnet?.id ?? `${tier}-${az.slice(-1)}`}`
      nodes.push({
        id: subnetId,
        kind: 'subnet-group',
        label: TIER_LABELS[tier],
        ...(subnet ? { sublabel: subnet.cidr } : {}),
        parentId: azId,
        position: { x: PADDING, y },
        size: { width: subnetWidth, height: subnetHeight[tier]! },
        tier,
        az,
        data: { cidr: subnet?.cidr ?? null, defaultRoute: config.network.routing[tier].defaultRoute },
      })
      leavesIn(tier, azIndex).forEach((leaf, i) => nodes.push(toNode(leaf, subnetId, az, i, columns)))
      y += subnetHeight[tier]! + GAP
    }
  })

  const kinds = new Set(options.edgeKinds ?? ['sg-rule', 'route', 'traffic'])
  const nodeIds = new Set(nodes.map((n) => n.id))
  const edges: TopoEdge[] = [
    ...(kinds.has('sg-rule')
      ? listSgEdges(config, {
          carriers: leaves.filter((l) => l.securityGroups.length > 0),
          subnets: subnets.map((s) => ({ id: `subnet:${s.id}`, cidr: s.cidr })),
          vpcId: 'vpc',
        })
      : []),
    ...(kinds.has('route')
      ? listRouteEdges(config, {
          subnets: subnets.map((s) => ({ id: `subnet:${s.id}`, tier: s.tier, az: s.az })),
          nats: leaves.filter((l) => l.kind === 'nat').map((l) => ({ id: l.id, az: azs[l.azIndex] ?? '' })),
          igwId: config.network.internetGateway ? 'igw' : null,
        })
      : []),
    ...(kinds.has('traffic') ? listTrafficEdges(config) : []),
  ].filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target))

  const externalsHeight = externals.length * nodeHeight + (externals.length - 1) * GAP
  return { nodes, edges, width: regionX + regionWidth, height: Math.max(regionHeight, externalsHeight) }
}

function toNode(leaf: ResourceLeaf, parentId: string, az: string, index: number, columns: number): TopoNode {
  const at = gridPosition(index, columns)
  return {
    id: leaf.id,
    kind: leaf.kind,
    label: leaf.label,
    sublabel: leaf.sublabel,
    parentId,
    position: { x: PADDING + at.x, y: GROUP_HEADER + at.y },
    tier: leaf.tier,
    az,
    data: leaf.data,
  }
}
