import type { ArchitectureConfig, Tier } from '../model'
import { planSubnets, type PlannedSubnet } from '../network'
import { describeTierRoute, isInternetRoutable } from './internet-routing'

export type ResourceKind = 'alb' | 'service' | 'database' | 'cache' | 'bastion' | 'nat'

/** One resource, where it sits, and whether the internet can address it at the network layer. */
export type PlacedResource = {
  /** 'alb:<lbId>', 'service:<id>', 'database', 'cache', 'bastion', 'nat' or 'nat:<az letter>'. */
  id: string
  kind: ResourceKind
  /** Name in running text: 'the Public ALB', 'the Order service', 'the database'. */
  phrase: string
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
  exposure: string
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
  const isolated = (phrase: string, tier: Tier) => `${phrase} is in the ${tier} tier (${describeTierRoute(network, tier)})`
  const placed: PlacedResource[] = []

  for (const lb of config.loadBalancers) {
    const external = lb.scheme === 'external'
    const tier: Tier = external ? 'public' : 'private-app'
    const phrase = `the ${lb.name}`
    const addressable = external && routable('public')
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
      exposure: addressable
        ? `${phrase} is internet-facing in the public tier (default route to the internet gateway)`
        : external
          ? `${phrase} is internet-facing but the public tier has ${describeTierRoute(network, 'public')}`
          : `${phrase} is internal (private-app tier, no public address)`,
      forwardsTo: config.services
        .filter((s) => s.loadBalancer === lb.id)
        .map((s) => ({ resource: `service:${s.id}`, port: s.port })),
      forwardingPorts: lb.listeners.filter((l) => !l.redirectToHttps).map((l) => l.port),
    })
  }

  for (const service of config.services) {
    const phrase = `the ${service.name}`
    // EC2 container instances take the subnet's public IP setting; Fargate tasks need assignPublicIp,
    // which the model does not have, so they never get one here.
    const publicIp = service.compute.kind === 'ec2' && network.routing['private-app'].mapPublicIpOnLaunch
    const addressable = publicIp && routable('private-app')
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
      exposure: addressable
        ? `${phrase} runs on EC2 instances with public IPs in the private-app tier (default route to the internet gateway)`
        : routable('private-app')
          ? `${phrase} is in the private-app tier (default route to the internet gateway) but has no public address`
          : isolated(phrase, 'private-app'),
    })
  }

  const db = config.database
  const dbAddressable = db.publiclyAccessible && routable('private-db')
  placed.push({
    id: 'database',
    kind: 'database',
    phrase: 'the database',
    shortName: 'database',
    tier: 'private-db',
    subnets: inTier('private-db'),
    securityGroups: db.securityGroups,
    ports: [db.port],
    onlyListedPorts: true,
    publicIp: db.publiclyAccessible,
    internetAddressable: dbAddressable,
    exposure: dbAddressable
      ? 'the database is publicly accessible and its private-db tier routes to the internet gateway'
      : db.publiclyAccessible
        ? `the database is publicly accessible but its private-db tier has ${describeTierRoute(network, 'private-db')}`
        : routable('private-db')
          ? 'the database is in the private-db tier (default route to the internet gateway) but is not publicly accessible'
          : isolated('the database', 'private-db'),
  })

  if (config.cache) {
    placed.push({
      id: 'cache',
      kind: 'cache',
      phrase: 'the cache',
      shortName: 'cache',
      tier: 'private-db',
      subnets: inTier('private-db'),
      securityGroups: config.cache.securityGroups,
      ports: [CACHE_PORT],
      onlyListedPorts: true,
      publicIp: false,
      internetAddressable: false,
      exposure: 'the cache is in the private-db tier and ElastiCache never takes a public address',
    })
  }

  const bastion = config.adminAccess.bastion
  if (bastion) {
    const addressable = routable('public')
    placed.push({
      id: 'bastion',
      kind: 'bastion',
      phrase: 'the bastion',
      shortName: 'bastion',
      tier: 'public',
      subnets: inTier('public').slice(0, 1),
      securityGroups: bastion.securityGroups,
      ports: [SSH_PORT],
      onlyListedPorts: false,
      publicIp: true,
      internetAddressable: addressable,
      exposure: addressable
        ? 'the bastion has a public IP in the public tier (default route to the internet gateway)'
        : `the bastion has a public IP but the public tier has ${describeTierRoute(network, 'public')}`,
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
  return subnets.map((subnet) => ({
    id: mode === 'per-az' ? `nat:${subnet.az.slice(-1)}` : 'nat',
    kind: 'nat' as const,
    phrase: mode === 'instance' ? 'the NAT instance' : `the NAT gateway in ${subnet.az}`,
    shortName: 'NAT',
    tier: 'public' as const,
    subnets: [subnet],
    securityGroups: [],
    ports: [],
    onlyListedPorts: true,
    publicIp: true,
    internetAddressable: false,
    exposure: 'a NAT only carries connections opened from inside the VPC',
  }))
}
