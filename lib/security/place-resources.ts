import type { ArchitectureConfig, Tier } from '../model'
import { planSubnets, type PlannedSubnet } from '../network'
import { describeTierRoute, isInternetRoutable } from './internet-routing'
import type { Exposure, ResourcePhrase } from './security-reasons'

export type ResourceKind = 'alb' | 'service' | 'database' | 'cache' | 'bastion' | 'nat'

/** One resource, where it sits, and whether the internet can address it at the network layer. */
export type PlacedResource = {
  /** 'alb:<lbId>', 'service:<id>', 'database', 'cache', 'bastion', 'nat' or 'nat:<az letter>'. */
  id: string
  kind: ResourceKind
  /** Name in running text: 'the Public ALB', 'the Order service', 'the database'. */
  phrase: ResourcePhrase
  /** Name in a path: 'ALB', 'order', 'database'. */
  shortName: string
  tier: Tier
  /** Subnets the resource (or its subnet group) spans. */
  subnets: PlannedSubnet[]
  securityGroups: string[]
  /** Ports the resource answers on: listener ports, the service port, the database port. */
  ports: number[]
  /** Managed endpoints answer only on `ports`; instances and tasks may listen on anything. */
  onlyListedPorts: boolean
  publicIp: boolean
  internetAddressable: boolean
  /** Why the internet can or cannot address it: 'the database is in the private-db tier (no route to the internet gateway)'. */
  exposure: Exposure
  /** For an ALB: the services it forwards to, by resource id, with their ports. */
  forwardsTo?: { resource: string; port: number }[]
  /** For an ALB: listener ports that forward (an HTTP→HTTPS redirect forwards nothing). */
  forwardingPorts?: number[]
}

/** ElastiCache for Redis and Valkey listen on 6379; the model has no cache port field. */
export const CACHE_PORT = 6379
const SSH_PORT = 22

/**
 * Places every resource in its tier: external ALB, bastion and NAT → public; internal ALB and
 * services → private-app; database and cache → private-db. Example (swiftlogix): 'alb:alb' in
 * public-a and public-b, internet-addressable; 'database' in private-db-a/-b, not addressable
 * because private-db has no route to the internet gateway.
 */
export function placeResources(config: ArchitectureConfig): PlacedResource[] {
  const subnets = planSubnets(config)
  const inTier = (tier: Tier) => subnets.filter((s) => s.tier === tier)
  const network = config.network
  const routable = (tier: Tier) => isInternetRoutable(network, tier)
  const route = (tier: Tier) => describeTierRoute(network, tier)
  const isolated = (resource: ResourcePhrase, tier: Tier): Exposure => ({ code: 'security.exposure.isolated', params: { resource, tier, route: route(tier) } })
  const placed: PlacedResource[] = []

  for (const lb of config.loadBalancers) {
    const external = lb.scheme === 'external'
    const tier: Tier = external ? 'public' : 'private-app'
    const phrase: ResourcePhrase = { code: 'security.resource.named', params: { name: lb.name } }
    const addressable = external && routable('public')
    const exposure: Exposure = addressable
      ? { code: 'security.exposure.alb-public', params: { resource: phrase } }
      : external
        ? { code: 'security.exposure.alb-unroutable', params: { resource: phrase, route: route('public') } }
        : { code: 'security.exposure.alb-internal', params: { resource: phrase } }
    placed.push({
      id: `alb:${lb.id}`,
      kind: 'alb',
      phrase,
      shortName: config.loadBalancers.length === 1 ? 'ALB' : `ALB ${lb.id}`,
      tier,
      subnets: inTier(tier),
      securityGroups: lb.securityGroups,
      ports: lb.listeners.map((l) => l.port),
      onlyListedPorts: true,
      publicIp: external,
      internetAddressable: addressable,
      exposure,
      forwardsTo: config.services
        .filter((s) => s.loadBalancer === lb.id)
        .map((s) => ({ resource: `service:${s.id}`, port: s.port })),
      forwardingPorts: lb.listeners.filter((l) => !l.redirectToHttps).map((l) => l.port),
    })
  }

  for (const service of config.services) {
    const phrase: ResourcePhrase = { code: 'security.resource.named', params: { name: service.name } }
    // EC2 container instances take the subnet's public IP setting; Fargate tasks need assignPublicIp,
    // which the model does not have, so they never get one here.
    const publicIp = service.compute.kind === 'ec2' && network.routing['private-app'].mapPublicIpOnLaunch
    const addressable = publicIp && routable('private-app')
    const exposure: Exposure = addressable
      ? { code: 'security.exposure.service-public-ip', params: { resource: phrase } }
      : routable('private-app')
        ? { code: 'security.exposure.service-no-public-address', params: { resource: phrase } }
        : isolated(phrase, 'private-app')
    placed.push({
      id: `service:${service.id}`,
      kind: 'service',
      phrase,
      shortName: service.id,
      tier: 'private-app',
      subnets: inTier('private-app'),
      securityGroups: service.securityGroups,
      ports: [service.port],
      onlyListedPorts: false,
      publicIp,
      internetAddressable: addressable,
      exposure,
    })
  }

  const db = config.database
  const dbAddressable = db.publiclyAccessible && routable('private-db')
  const dbPhrase: ResourcePhrase = { code: 'security.resource.database', params: {} }
  const dbExposure: Exposure = dbAddressable
    ? { code: 'security.exposure.db-public', params: {} }
    : db.publiclyAccessible
      ? { code: 'security.exposure.db-public-unroutable', params: { route: route('private-db') } }
      : routable('private-db')
        ? { code: 'security.exposure.db-not-public', params: {} }
        : isolated(dbPhrase, 'private-db')
  placed.push({
    id: 'database',
    kind: 'database',
    phrase: dbPhrase,
    shortName: 'database',
    tier: 'private-db',
    subnets: inTier('private-db'),
    securityGroups: db.securityGroups,
    ports: [db.port],
    onlyListedPorts: true,
    publicIp: db.publiclyAccessible,
    internetAddressable: dbAddressable,
    exposure: dbExposure,
  })

  if (config.cache) {
    placed.push({
      id: 'cache',
      kind: 'cache',
      phrase: { code: 'security.resource.cache', params: {} },
      shortName: 'cache',
      tier: 'private-db',
      subnets: inTier('private-db'),
      securityGroups: config.cache.securityGroups,
      ports: [CACHE_PORT],
      onlyListedPorts: true,
      publicIp: false,
      internetAddressable: false,
      exposure: { code: 'security.exposure.cache', params: {} },
    })
  }

  const bastion = config.adminAccess.bastion
  if (bastion) {
    const addressable = routable('public')
    placed.push({
      id: 'bastion',
      kind: 'bastion',
      phrase: { code: 'security.resource.bastion', params: {} },
      shortName: 'bastion',
      tier: 'public',
      subnets: inTier('public').slice(0, 1),
      securityGroups: bastion.securityGroups,
      ports: [SSH_PORT],
      onlyListedPorts: false,
      publicIp: true,
      internetAddressable: addressable,
      exposure: addressable
        ? { code: 'security.exposure.bastion-public', params: {} }
        : { code: 'security.exposure.bastion-unroutable', params: { route: route('public') } },
    })
  }

  placed.push(...placeNatGateways(config, inTier('public')))
  return placed
}

/** NAT gateways (or the NAT instance) sit in public subnets: one in the first AZ, or one per AZ. */
function placeNatGateways(config: ArchitectureConfig, publicSubnets: PlannedSubnet[]): PlacedResource[] {
  const mode = config.network.nat.mode
  if (mode === 'none') return []
  const subnets = mode === 'per-az' ? publicSubnets : publicSubnets.slice(0, 1)
  return subnets.map((subnet): PlacedResource => ({
    id: mode === 'per-az' ? `nat:${subnet.az.slice(-1)}` : 'nat',
    kind: 'nat' as const,
    phrase: mode === 'instance' ? { code: 'security.resource.nat-instance', params: {} } : { code: 'security.resource.nat-gateway', params: { az: subnet.az } },
    shortName: 'NAT',
    tier: 'public' as const,
    subnets: [subnet],
    securityGroups: [],
    ports: [],
    onlyListedPorts: true,
    publicIp: true,
    internetAddressable: false,
    exposure: { code: 'security.exposure.nat', params: {} },
  }))
}
