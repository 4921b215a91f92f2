import type { ArchitectureConfig, RuleSource, SgRule, Tier } from '../model'
import { TIERS } from '../network'
import { cidrContains, cidrsOverlap, describeRulePorts, INTERNET, isWorldCidr } from '../security'
import { notation, type TopologyText } from './topology-reasons'
import type { TopoEdge } from './topology-types'

/**
 * The three kinds of line the topology draws between boxes, and the port / security-group
 * filter over them: security-group rules, each subnet group's default route, and how a user
 * request travels.
 */

/** The CloudFront box's id (leaves.ts). */
const CLOUDFRONT = 'cloudfront'

/** What sg-rule edges need to know about the drawn nodes. */
type EdgeEndpoints = {
  /** Node ids and the security groups each carries. */
  carriers: { id: string; securityGroups: string[] }[]
  /** Subnet-group node ids with their CIDRs, for CIDR peers inside the VPC. */
  subnets: { id: string; cidr: string }[]
  vpcId: string
}

/**
 * One edge per ingress rule, source and target. Sources: nodes carrying the peer group; for a
 * CIDR peer the Internet (world), the named external box (outside the VPC), or the subnet groups
 * (inside it; the VPC box when the range covers it all). Targets: every node carrying the group.
 * Example (swiftlogix): 'sg:rds-sg:ingress:0:service:order->database' labelled 'TCP 5432';
 * 'sg:bastion-sg:ingress:0:Office->bastion' labelled 'TCP 22'.
 */
export function listSgEdges(config: ArchitectureConfig, endpoints: EdgeEndpoints): TopoEdge[] {
  const edges: TopoEdge[] = []
  for (const sg of config.securityGroups) {
    const targets = endpoints.carriers.filter((c) => c.securityGroups.includes(sg.id)).map((c) => c.id)
    sg.ingress.forEach((rule, index) => {
      for (const source of sourcesOf(config, rule.peer, endpoints)) {
        for (const target of targets) {
          if (source === target) continue
          edges.push({
            id: `sg:${sg.id}:ingress:${index}:${source}->${target}`,
            source,
            target,
            kind: 'sg-rule',
            label: notation(describeRulePorts(rule)),
            protocol: rule.protocol,
            port: portText(rule),
            ...(rule.protocol !== 'all' && rule.fromPort === rule.toPort ? { singlePort: rule.fromPort } : {}),
            sgId: sg.id,
            data: { sgName: sg.name, ruleIndex: index, description: rule.description ?? null, peer: rule.peer },
          })
        }
      }
    })
  }
  return edges
}

function sourcesOf(config: ArchitectureConfig, peer: RuleSource, endpoints: EdgeEndpoints): string[] {
  if (peer.kind === 'sg') return endpoints.carriers.filter((c) => c.securityGroups.includes(peer.sgId)).map((c) => c.id)
  // CloudFront's origin-facing servers: the design's own distribution when it has one; otherwise any
  // distribution, which anyone on the internet can create.
  if (peer.kind === 'prefix-list') return config.edge.cloudfront ? [CLOUDFRONT] : [INTERNET]
  if (isWorldCidr(peer.cidr)) return [INTERNET]
  const vpcCidr = config.network.vpcCidr
  // Same rule as lib/security's principals: a range outside the VPC is someone out there.
  if (!cidrsOverlap(peer.cidr, vpcCidr)) return [peer.label ?? peer.cidr]
  if (cidrContains(peer.cidr, vpcCidr)) return [endpoints.vpcId]
  const inside = endpoints.subnets.filter((s) => cidrContains(peer.cidr, s.cidr))
  if (inside.length > 0) return inside.map((s) => s.id)
  const around = endpoints.subnets.filter((s) => cidrContains(s.cidr, peer.cidr))
  return around.length > 0 ? around.map((s) => s.id) : [endpoints.vpcId]
}

/** '5432', '1024-2048', 'all'. */
function portText(rule: SgRule): string {
  if (rule.protocol === 'all') return 'all'
  return rule.fromPort === rule.toPort ? `${rule.fromPort}` : `${rule.fromPort}-${rule.toPort}`
}

/** Subnet-group and NAT boxes the route edges connect. */
type RouteEndpoints = {
  subnets: { id: string; tier: Tier; az: string }[]
  nats: { id: string; az: string }[]
  igwId: string | null
}

/**
 * Each subnet group's default route: from the internet gateway when the tier routes to it,
 * from the NAT in the same AZ (or the only NAT) when it routes through NAT; none for local-only.
 * Example (swiftlogix): 'route:igw->subnet:public-a', 'route:igw->subnet:public-b',
 * 'route:nat->subnet:private-app-a', 'route:nat->subnet:private-app-b', all labelled '0.0.0.0/0'.
 */
export function listRouteEdges(config: ArchitectureConfig, endpoints: RouteEndpoints): TopoEdge[] {
  const edges: TopoEdge[] = []
  for (const tier of TIERS) {
    const route = config.network.routing[tier].defaultRoute
    for (const subnet of endpoints.subnets.filter((s) => s.tier === tier)) {
      const source =
        route === 'igw'
          ? endpoints.igwId
          : route === 'nat'
            ? (endpoints.nats.find((n) => n.az === subnet.az) ?? endpoints.nats[0])?.id ?? null
            : null
      if (!source) continue
      edges.push({
        id: `route:${source}->${subnet.id}`,
        source,
        target: subnet.id,
        kind: 'route',
        label: notation('0.0.0.0/0'),
        data: { tier, via: route },
      })
    }
  }
  return edges
}

/**
 * How a user request travels: DNS, the edge, the ALB, its target services.
 * Example (swiftlogix, no edge services): 'traffic:internet->alb:alb' ('HTTPS') and
 * 'traffic:alb:alb->service:order' ('forwards 19505').
 */
export function listTrafficEdges(config: ArchitectureConfig): TopoEdge[] {
  const edges: TopoEdge[] = []
  const add = (source: string, target: string, label: TopologyText, singlePort?: number) =>
    edges.push({ id: `traffic:${source}->${target}`, source, target, kind: 'traffic', label, ...(singlePort !== undefined ? { singlePort } : {}), data: {} })
  const externalAlbs = config.loadBalancers.filter((lb) => lb.scheme === 'external').map((lb) => `alb:${lb.id}`)
  const cloudfront = config.edge.cloudfront
  if ((config.edge.route53?.hostedZones ?? 0) > 0) add(INTERNET, 'route53', notation('DNS'))
  const entries = cloudfront ? ['cloudfront'] : externalAlbs
  for (const entry of entries) add(INTERNET, entry, notation('HTTPS'))
  if (cloudfront) for (const alb of externalAlbs) add('cloudfront', alb, { code: 'topology.edge.origin', params: {} })
  if (config.edge.waf.enabled) for (const entry of entries) add('waf', entry, { code: 'topology.edge.filters', params: {} })
  for (const service of config.services) {
    if (service.loadBalancer) add(`alb:${service.loadBalancer}`, `service:${service.id}`, { code: 'topology.edge.forwards', params: { port: service.port } }, service.port)
  }
  return edges
}

/** Narrows the security-group lines to one port and/or one security group. */
export type EdgeFilter = {
  /** The rule's port text: '5432', '1024-2048', 'all'. */
  port?: string | null
  /** A security group id: its own rules, and the rules that name it as the peer. */
  sgId?: string | null
}

export function isFiltering(filter: EdgeFilter | undefined): boolean {
  return Boolean(filter?.port || filter?.sgId)
}

/**
 * Keeps the sg-rule edges that match every part of the filter; routes and traffic lines say
 * nothing about ports or groups, so they go while a filter is on. No filter keeps everything.
 * Example: { port: '5432' } on swiftlogix keeps the four lines into the database.
 */
export function filterEdges(edges: readonly TopoEdge[], filter: EdgeFilter | undefined): TopoEdge[] {
  if (!isFiltering(filter)) return [...edges]
  return edges.filter((edge) => {
    if (edge.kind !== 'sg-rule') return false
    if (filter?.port && edge.port !== filter.port) return false
    if (filter?.sgId && edge.sgId !== filter.sgId && peerGroupOf(edge) !== filter.sgId) return false
    return true
  })
}

function peerGroupOf(edge: TopoEdge): string | null {
  const peer = edge.data.peer as { kind?: string; sgId?: string } | undefined
  return peer?.kind === 'sg' && typeof peer.sgId === 'string' ? peer.sgId : null
}
