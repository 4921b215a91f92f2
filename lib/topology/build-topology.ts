import type { ArchitectureConfig, Tier } from '../model'
import { azNames, planSubnets, TIERS } from '../network'
import { filterEdges, listRouteEdges, listSgEdges, listTrafficEdges, type EdgeFilter } from './edges'
import { aggregateEdges, summariseMembers } from './grouping'
import { CANVAS_ASPECT, COLUMN_GAP, GAP, GROUP_HEADER, gridPosition, gridSize, MAX_COLUMNS, PADDING, SUMMARY_SIZE, TOPOLOGY_NODE_SIZE, WIDE_AFTER } from './layout'
import { listExternalLeaves, listResourceLeaves, type ResourceLeaf } from './leaves'
import { named, notation, type TopologyText } from './topology-reasons'
import type { TopoEdge, TopoEdgeKind, TopoNode, TopoNodeKind, Topology } from './topology-types'

type TopologyOptions = {
  /** Edge kinds to include; all three by default. */
  edgeKinds?: readonly TopoEdgeKind[]
  /**
   * Group ids ('vpc', 'az:us-east-1a', 'subnet:private-app-a') drawn as one summary box in place
   * of their contents; lines to anything inside end at the summary box instead.
   */
  collapsed?: Iterable<string>
  /** Only the security-group lines on one port and/or of one group. */
  filter?: EdgeFilter
  /** Tasks each service runs at the peak, by service id (the capacity engine's peakTasks): service boxes add their AZ's share of it. */
  peakTasks?: ReadonlyMap<string, number>
}

const GATEWAY_ENDPOINTS = new Set(['s3', 'dynamodb'])

/**
 * Columns of one AZ's subnet grids: up to three as a rule; a crowded tier grows a grid that keeps
 * the AZs side by side about twice as wide as tall, like the canvas (a service has a box in every
 * AZ, so every AZ's tier is as crowded).
 * Example: 50 services in 3 AZs → 4 columns of 13 rows each; 200 → 8 columns of 25 rows.
 */
function columnsFor(leafCounts: readonly number[], base: number, azCount: number): number {
  const most = Math.max(0, ...leafCounts)
  const { width, height } = TOPOLOGY_NODE_SIZE
  const wide = Math.ceil(Math.sqrt((most * CANVAS_ASPECT * (height + GAP)) / (azCount * (width + GAP))))
  return most > WIDE_AFTER ? Math.max(base, wide) : base
}

/**
 * Lays a config out as nested boxes and edges for React Flow: external boxes in a left column;
 * region ⊃ VPC ⊃ one column per AZ ⊃ public / private-app / private-db subnet groups, each
 * holding its resources in a grid of up to three columns (a wider grid past WIDE_AFTER leaves,
 * which widens that AZ's column only). A service has a box in every AZ. Every row of subnet groups shares one height, a tier with no
 * resources in any AZ is drawn as a bare header, and parents precede children in `nodes`.
 * A collapsed VPC, AZ or subnet group is one summary box ('Private app · AZ a', '50 services');
 * its lines end at it, parallel lines merged into one that lists its members (see aggregateEdges).
 * Example (swiftlogix): externals internet and Office; region us-east-1 ⊃ vpc ⊃ az:us-east-1a,
 * az:us-east-1b; subnet:private-app-a holds service:order, service:stock, service:payment and
 * subnet:private-app-b service:order@us-east-1b, …;
 * edges include 'sg:rds-sg:ingress:0:service:order->database' ('TCP 5432') and
 * 'route:igw->subnet:public-a' ('0.0.0.0/0').
 */
export function buildTopology(config: ArchitectureConfig, options: TopologyOptions = {}): Topology {
  const { width: nodeWidth, height: nodeHeight } = TOPOLOGY_NODE_SIZE
  const collapsed = new Set(options.collapsed ?? [])
  const azs = azNames(config.region, config.network.azCount)
  const subnets = planSubnets(config)
  const leaves = listResourceLeaves(config, options.peakTasks)
  const externals = listExternalLeaves(config)
  const leavesIn = (tier: string, azIndex: number) => leaves.filter((l) => l.tier === tier && l.azIndex === azIndex)
  const subnetIdOf = (tier: Tier, az: string) => `subnet:${subnets.find((s) => s.tier === tier && s.az === az)?.id ?? `${tier}-${az.slice(-1)}`}`

  // The outermost collapsed group hides everything inside it.
  const vpcCollapsed = collapsed.has('vpc')
  const azCollapsed = azs.map((az) => !vpcCollapsed && collapsed.has(`az:${az}`))
  const subnetCollapsed = (tier: Tier, azIndex: number) => !vpcCollapsed && !azCollapsed[azIndex] && collapsed.has(subnetIdOf(tier, azs[azIndex]!))
  const ownerOf = (tier: Tier, azIndex: number): string | null =>
    vpcCollapsed ? 'vpc' : azCollapsed[azIndex] ? `az:${azs[azIndex]}` : subnetCollapsed(tier, azIndex) ? subnetIdOf(tier, azIndex === -1 ? '' : azs[azIndex]!) : null
  const shownIn = (tier: Tier, azIndex: number) => (ownerOf(tier, azIndex) ? [] : leavesIn(tier, azIndex))

  // Subnet groups of one AZ share a width; every tier row shares one height, so the rows line up.
  const expandedAzs = azs.map((_, i) => i).filter((i) => !vpcCollapsed && !azCollapsed[i])
  const base = Math.max(1, ...subnets.map((s) => Math.min(MAX_COLUMNS, shownIn(s.tier, azs.indexOf(s.az)).length)))
  const columns = azs.map((_, i) => columnsFor(TIERS.map((t) => shownIn(t, i).length), base, azs.length))
  const rowsOf = (tier: Tier) => Math.max(0, ...expandedAzs.map((i) => Math.ceil(shownIn(tier, i).length / columns[i]!)))
  const subnetWidth = columns.map((c) => PADDING * 2 + gridSize(c, 1).width)
  const subnetHeight = Object.fromEntries(
    TIERS.map((t) => {
      const rows = rowsOf(t)
      const summary = expandedAzs.some((i) => subnetCollapsed(t, i)) ? SUMMARY_SIZE.height : 0
      return [t, Math.max(summary, GROUP_HEADER + (rows > 0 ? gridSize(columns[0]!, rows).height + PADDING : PADDING))]
    }),
  ) as Record<Tier, number>
  const azWidth = azs.map((_, i) => (azCollapsed[i] ? SUMMARY_SIZE.width : PADDING * 2 + subnetWidth[i]!))
  const expandedAzHeight = GROUP_HEADER + TIERS.reduce((sum, t) => sum + subnetHeight[t], 0) + GAP * (TIERS.length - 1) + PADDING
  const azHeight = azs.map((_, i) => (azCollapsed[i] ? SUMMARY_SIZE.height : expandedAzHeight))
  const azX = azs.map((_, i) => PADDING + azWidth.slice(0, i).reduce((sum, w) => sum + w + GAP, 0))

  const headerItems = [
    ...(config.network.internetGateway ? [{ id: 'igw', kind: 'igw' as const, label: { code: 'topology.box.internet-gateway', params: {} } as TopologyText, sublabel: undefined as TopologyText | undefined, data: {} }] : []),
    ...config.network.vpcEndpoints.map((name) => ({
      id: `endpoint:${name}`,
      kind: 'endpoint' as const,
      label: { code: 'topology.box.endpoint', params: { service: name } } as TopologyText,
      sublabel: { code: GATEWAY_ENDPOINTS.has(name) ? 'topology.detail.gateway-endpoint' : 'topology.detail.interface-endpoint', params: {} } as TopologyText,
      data: { service: name },
    })),
  ]
  const headerRow = headerItems.length > 0 ? nodeHeight + GAP : 0
  const azRowWidth = azWidth.reduce((sum, w) => sum + w, 0) + (azs.length - 1) * GAP
  const vpcWidth = vpcCollapsed ? SUMMARY_SIZE.width : PADDING * 2 + Math.max(azRowWidth, gridSize(headerItems.length, 1).width)
  const vpcHeight = vpcCollapsed ? SUMMARY_SIZE.height : GROUP_HEADER + headerRow + Math.max(...azHeight) + PADDING
  const regionWidth = PADDING * 2 + vpcWidth
  const regionHeight = GROUP_HEADER + vpcHeight + PADDING
  const regionX = nodeWidth + COLUMN_GAP

  const nodes: TopoNode[] = []
  const hidden: Record<string, string> = {}
  const hiddenKinds = new Map<string, TopoNodeKind[]>()
  // A collapsed group counts each resource once, however many AZ boxes of it (a service's) it hides.
  const counted = new Set<string>()
  const hide = (id: string, kind: TopoNodeKind | null, owner: string, resource = id) => {
    hidden[id] = owner
    if (!kind || counted.has(`${owner}|${resource}`)) return
    counted.add(`${owner}|${resource}`)
    hiddenKinds.set(owner, [...(hiddenKinds.get(owner) ?? []), kind])
  }
  externals.forEach((leaf, i) => {
    nodes.push({ id: leaf.id, kind: leaf.kind, label: leaf.label, ...(leaf.sublabel ? { sublabel: leaf.sublabel } : {}), position: { x: 0, y: i * (nodeHeight + GAP) }, data: leaf.data })
  })
  nodes.push({ id: 'region', kind: 'region', label: named(config.region), position: { x: regionX, y: 0 }, size: { width: regionWidth, height: regionHeight }, data: {} })
  const vpcNode: TopoNode = {
    id: 'vpc',
    kind: 'vpc',
    label: named('VPC'),
    sublabel: notation(config.network.vpcCidr),
    parentId: 'region',
    position: { x: PADDING, y: GROUP_HEADER },
    size: { width: vpcWidth, height: vpcHeight },
    data: { cidr: config.network.vpcCidr, flowLogs: config.network.flowLogs },
  }
  nodes.push(vpcNode)
  headerItems.forEach((item, i) => {
    if (vpcCollapsed) return hide(item.id, item.kind, 'vpc')
    const at = gridPosition(i, headerItems.length)
    nodes.push({ id: item.id, kind: item.kind, label: item.label, ...(item.sublabel ? { sublabel: item.sublabel } : {}), parentId: 'vpc', position: { x: PADDING + at.x, y: GROUP_HEADER + at.y }, data: item.data })
  })
  azs.forEach((az, azIndex) => {
    const azId = `az:${az}`
    const azNode: TopoNode = {
      id: azId,
      kind: 'az',
      label: named(az),
      parentId: 'vpc',
      az,
      position: { x: azX[azIndex]!, y: GROUP_HEADER + headerRow },
      size: { width: azWidth[azIndex]!, height: azHeight[azIndex]! },
      data: {},
    }
    if (vpcCollapsed) hide(azId, null, 'vpc')
    else nodes.push(azNode)
    let y = GROUP_HEADER
    for (const tier of TIERS) {
      const subnet = subnets.find((s) => s.tier === tier && s.az === az)
      const subnetId = subnetIdOf(tier, az)
      const owner = ownerOf(tier, azIndex)
      const isSummary = owner === subnetId
      const subnetNode: TopoNode = {
        id: subnetId,
        kind: 'subnet-group',
        label: isSummary ? { code: 'topology.box.subnet-summary', params: { tier, azLetter: az.slice(-1) } } : { code: 'topology.box.subnet', params: { tier } },
        ...(subnet && !isSummary ? { sublabel: notation(subnet.cidr) } : {}),
        parentId: azId,
        position: { x: PADDING, y },
        size: { width: subnetWidth[azIndex]!, height: isSummary ? SUMMARY_SIZE.height : subnetHeight[tier] },
        tier,
        az,
        data: { cidr: subnet?.cidr ?? null, defaultRoute: config.network.routing[tier].defaultRoute },
      }
      if (owner && !isSummary) hide(subnetId, null, owner)
      else nodes.push(subnetNode)
      leavesIn(tier, azIndex).forEach((leaf, i) => {
        if (owner) hide(leaf.id, leaf.kind, owner, typeof leaf.data.replicaOf === 'string' ? leaf.data.replicaOf : leaf.id)
        else nodes.push(toNode(leaf, subnetId, az, i, columns[azIndex]!))
      })
      y += subnetHeight[tier] + GAP
    }
  })
  for (const node of nodes) {
    if (!collapsed.has(node.id) || !['vpc', 'az', 'subnet-group'].includes(node.kind)) continue
    node.collapsed = summariseMembers(hiddenKinds.get(node.id) ?? [])
    node.sublabel = node.collapsed.text
  }

  const kinds = new Set(options.edgeKinds ?? ['sg-rule', 'route', 'traffic'])
  const nodeIds = new Set([...nodes.map((n) => n.id), ...Object.keys(hidden)])
  const allEdges: TopoEdge[] = [
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
  const edges = aggregateEdges(filterEdges(allEdges, options.filter), hidden)

  const externalsHeight = externals.length * nodeHeight + (externals.length - 1) * GAP
  return { nodes, edges, width: regionX + regionWidth, height: Math.max(regionHeight, externalsHeight), hidden }
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
