import type { ArchitectureConfig, Tier } from '../model'
import { azNames } from '../network'
import { listPrincipals, placeResources } from '../security'
import { azShares } from './spread-over-azs'
import { named, notation, type TopologyText } from './topology-reasons'
import type { TopoNodeKind } from './topology-types'

/** A box in the left column, outside the region. */
type ExternalLeaf = { id: string; kind: TopoNodeKind; label: TopologyText; sublabel?: TopologyText; data: Record<string, unknown> }

/** A resource box and the subnet group (tier, AZ index) it is drawn in. */
export type ResourceLeaf = {
  id: string
  kind: TopoNodeKind
  label: TopologyText
  sublabel: TopologyText
  tier: Tier
  azIndex: number
  /** Security groups the box carries; sg-rule edges attach to it. */
  securityGroups: string[]
  data: Record<string, unknown>
}

/**
 * One box per resource, in the first AZ's subnet group of its tier; a Multi-AZ database adds a
 * standby in the second AZ, per-AZ NAT gateways get one box per AZ, and every service one box
 * per AZ with its share of the tasks (`peakTasks`, by service id, adds the share at the peak).
 * Example (swiftlogix): alb:alb (public, AZ 0, 'internet-facing · HTTP 80→HTTPS, HTTPS 443'),
 * nat and bastion (public, AZ 0), service:order|stock|payment (private-app, AZ 0,
 * '1 of 2 tasks · 0.5 vCPU / 1 GB') and service:order@us-east-1b … (AZ 1, the same share),
 * database (private-db, AZ 0, 'db.t3.micro · Single-AZ').
 */
export function listResourceLeaves(config: ArchitectureConfig, peakTasks?: ReadonlyMap<string, number>): ResourceLeaf[] {
  const placed = placeResources(config)
  const facts = (id: string) => {
    const p = placed.find((r) => r.id === id)
    return p
      ? { securityGroups: p.securityGroups, data: { subnets: p.subnets.map((s) => s.id), publicIp: p.publicIp, internetAddressable: p.internetAddressable, securityGroups: p.securityGroups } }
      : { securityGroups: [], data: {} }
  }
  const leaves: ResourceLeaf[] = []

  for (const lb of config.loadBalancers) {
    const id = `alb:${lb.id}`
    const listeners = lb.listeners.map((l) => `${l.protocol} ${l.port}${l.redirectToHttps ? '→HTTPS' : ''}`).join(', ')
    const { securityGroups, data } = facts(id)
    leaves.push({
      id,
      kind: 'alb',
      label: named(lb.name),
      sublabel: { code: 'topology.detail.load-balancer', params: { scheme: lb.scheme, listeners } },
      tier: lb.scheme === 'external' ? 'public' : 'private-app',
      azIndex: 0,
      securityGroups,
      data: { ...data, scheme: lb.scheme, ports: lb.listeners.map((l) => l.port) },
    })
  }

  for (const nat of placed.filter((r) => r.kind === 'nat')) {
    const instance = config.network.nat.mode === 'instance'
    const az = nat.subnets[0]?.az ?? ''
    leaves.push({
      id: nat.id,
      kind: 'nat',
      label: { code: instance ? 'topology.box.nat-instance' : 'topology.box.nat-gateway', params: {} },
      sublabel: instance ? notation(config.network.nat.instanceType) : named(az),
      tier: 'public',
      azIndex: Math.max(0, azNames(config.region, config.network.azCount).indexOf(az)),
      securityGroups: [],
      data: { mode: config.network.nat.mode, subnet: nat.subnets[0]?.id },
    })
  }

  const bastion = config.adminAccess.bastion
  if (bastion) {
    const { securityGroups, data } = facts('bastion')
    leaves.push({ id: 'bastion', kind: 'bastion', label: { code: 'topology.box.bastion', params: {} }, sublabel: { code: 'topology.detail.bastion', params: { instanceType: bastion.instanceType } }, tier: 'public', azIndex: 0, securityGroups, data })
  }

  // A service (or its Auto Scaling group) runs in every AZ of its subnets: one box per AZ, each
  // with its share of the tasks. Lines and search keep to the first AZ's box, which carries the
  // service's id; the others name it in `replicaOf`.
  const azs = azNames(config.region, config.network.azCount)
  for (const service of config.services) {
    const id = `service:${service.id}`
    const compute = service.compute
    const { securityGroups, data } = facts(id)
    azShares(service.count.desired, peakTasks?.get(service.id), azs.length).forEach((share, azIndex) => {
      const sublabel: TopologyText =
        compute.kind === 'fargate'
          ? { code: 'topology.detail.fargate-service', params: { ...share, vcpu: compute.vcpu, memoryGb: compute.memoryGb } }
          : { code: 'topology.detail.ec2-service', params: { ...share, instanceType: compute.instanceType } }
      const first = azIndex === 0
      leaves.push({
        id: first ? id : serviceBoxId(service.id, azs[azIndex]!),
        kind: 'service',
        label: named(service.name),
        sublabel,
        tier: 'private-app',
        azIndex,
        securityGroups: first ? securityGroups : [],
        data: { ...data, port: service.port, share, ...(first ? {} : { replicaOf: id }) },
      })
    })
  }

  const db = config.database
  const engine = db.engine === 'postgresql' ? 'PostgreSQL' : 'MySQL'
  const dbFacts = facts('database')
  leaves.push({
    id: 'database',
    kind: 'database',
    label: named(`RDS ${engine}`),
    sublabel: { code: 'topology.detail.database', params: { instanceClass: db.instanceClass, multiAz: db.multiAz, readReplicas: db.readReplicas } },
    tier: 'private-db',
    azIndex: 0,
    securityGroups: dbFacts.securityGroups,
    data: { ...dbFacts.data, port: db.port, role: 'primary' },
  })
  if (db.multiAz) {
    // The standby takes no connections, so it carries no security-group edges.
    leaves.push({
      id: 'database:standby',
      kind: 'database',
      label: { code: 'topology.box.standby', params: {} },
      sublabel: { code: 'topology.detail.standby', params: { instanceClass: db.instanceClass } },
      tier: 'private-db',
      azIndex: Math.min(1, config.network.azCount - 1),
      securityGroups: [],
      data: { role: 'standby' },
    })
  }

  const cache = config.cache
  if (cache) {
    const { securityGroups, data } = facts('cache')
    leaves.push({
      id: 'cache',
      kind: 'cache',
      label: named(`ElastiCache ${cache.engine === 'redis' ? 'Redis' : 'Valkey'}`),
      sublabel: notation(`${cache.nodeType} × ${cache.nodes}`),
      tier: 'private-db',
      azIndex: 0,
      securityGroups,
      data,
    })
  }
  return leaves
}

/**
 * The internet, the edge services in front of it, then every named address range the
 * security groups admit. Ids match lib/security's principals ('internet', 'Office').
 * Example (swiftlogix): [internet 'Internet' '0.0.0.0/0', Office 'Office' '203.0.113.10/32'].
 */
export function listExternalLeaves(config: ArchitectureConfig): ExternalLeaf[] {
  const [internet, ...ranges] = listPrincipals(config)
  const leaves: ExternalLeaf[] = [
    { id: internet?.id ?? 'internet', kind: 'external', label: { code: 'topology.box.internet', params: {} }, sublabel: notation('0.0.0.0/0'), data: { principal: 'internet' } },
  ]
  const hostedZones = config.edge.route53?.hostedZones ?? 0
  if (hostedZones > 0) {
    leaves.push({ id: 'route53', kind: 'route53', label: named('Route 53'), sublabel: { code: 'topology.detail.hosted-zones', params: { count: hostedZones } }, data: { hostedZones } })
  }
  if (config.edge.cloudfront) leaves.push({ id: 'cloudfront', kind: 'cloudfront', label: named('CloudFront'), sublabel: named('CDN'), data: {} })
  if (config.edge.waf.enabled) {
    leaves.push({ id: 'waf', kind: 'waf', label: named('AWS WAF'), sublabel: { code: 'topology.detail.waf-rules', params: { count: config.edge.waf.rules } }, data: { rules: config.edge.waf.rules } })
  }
  for (const range of ranges) {
    leaves.push({ id: range.id, kind: 'external', label: named(range.id), sublabel: notation(range.cidrs.join(', ')), data: { principal: range.id, cidrs: range.cidrs } })
  }
  return leaves
}

/** The box of a service in an AZ other than its first: 'service:order@us-east-1b'. */
export function serviceBoxId(serviceId: string, az: string): string {
  return `service:${serviceId}@${az}`
}
