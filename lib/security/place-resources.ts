import { text, type Text } from '../explain/text'
import type { ArchitectureConfig, Tier } from '../model'
import { withJosa } from '../narrative/josa'
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
  /**
   * The phrase and exposure in Korean. The exposure is a noun-ending clause ("…에 있음(…)") so it
   * can stand after a colon or in a list of reasons: 'Public ALB는 internal ALB임(…)'.
   */
  ko: { phrase: string; exposure: string }
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
  const isolated = (phrase: Text, tier: Tier) =>
    text(`${phrase.en} is in the ${tier} tier (${route(tier).en})`, `${withJosa(phrase.ko, '은/는')} ${tier} 계층에 있음(${route(tier).ko})`)
  const placed: PlacedResource[] = []

  for (const lb of config.loadBalancers) {
    const external = lb.scheme === 'external'
    const tier: Tier = external ? 'public' : 'private-app'
    const phrase = text(`the ${lb.name}`, lb.name)
    const subject = withJosa(phrase.ko, '은/는')
    const addressable = external && routable('public')
    const exposure = addressable
      ? text(`${phrase.en} is internet-facing in the public tier (default route to the internet gateway)`, `${subject} public 계층의 internet-facing ALB임(기본 경로: 인터넷 게이트웨이)`)
      : external
        ? text(`${phrase.en} is internet-facing but the public tier has ${route('public').en}`, `${subject} internet-facing이지만 인터넷에서 닿지 않음(public 계층: ${route('public').ko})`)
        : text(`${phrase.en} is internal (private-app tier, no public address)`, `${subject} internal ALB임(private-app 계층, 퍼블릭 주소 없음)`)
    placed.push({
      id: `alb:${lb.id}`,
      kind: 'alb',
      phrase: phrase.en,
      shortName: config.loadBalancers.length === 1 ? 'ALB' : `ALB ${lb.id}`,
      tier,
      subnets: inTier(tier),
      securityGroups: lb.securityGroups,
      ports: lb.listeners.map((l) => l.port),
      onlyListedPorts: true,
      publicIp: external,
      internetAddressable: addressable,
      exposure: exposure.en,
      ko: { phrase: phrase.ko, exposure: exposure.ko },
      forwardsTo: config.services
        .filter((s) => s.loadBalancer === lb.id)
        .map((s) => ({ resource: `service:${s.id}`, port: s.port })),
      forwardingPorts: lb.listeners.filter((l) => !l.redirectToHttps).map((l) => l.port),
    })
  }

  for (const service of config.services) {
    const phrase = text(`the ${service.name}`, service.name)
    const subject = withJosa(phrase.ko, '은/는')
    // EC2 container instances take the subnet's public IP setting; Fargate tasks need assignPublicIp,
    // which the model does not have, so they never get one here.
    const publicIp = service.compute.kind === 'ec2' && network.routing['private-app'].mapPublicIpOnLaunch
    const addressable = publicIp && routable('private-app')
    const exposure = addressable
      ? text(
          `${phrase.en} runs on EC2 instances with public IPs in the private-app tier (default route to the internet gateway)`,
          `${subject} private-app 계층에서 퍼블릭 IP가 있는 EC2 인스턴스로 실행됨(기본 경로: 인터넷 게이트웨이)`,
        )
      : routable('private-app')
        ? text(
            `${phrase.en} is in the private-app tier (default route to the internet gateway) but has no public address`,
            `${subject} private-app 계층(기본 경로: 인터넷 게이트웨이)에 있지만 퍼블릭 주소가 없음`,
          )
        : isolated(phrase, 'private-app')
    placed.push({
      id: `service:${service.id}`,
      kind: 'service',
      phrase: phrase.en,
      shortName: service.id,
      tier: 'private-app',
      subnets: inTier('private-app'),
      securityGroups: service.securityGroups,
      ports: [service.port],
      onlyListedPorts: false,
      publicIp,
      internetAddressable: addressable,
      exposure: exposure.en,
      ko: { phrase: phrase.ko, exposure: exposure.ko },
    })
  }

  const db = config.database
  const dbAddressable = db.publiclyAccessible && routable('private-db')
  const dbExposure = dbAddressable
    ? text(
        'the database is publicly accessible and its private-db tier routes to the internet gateway',
        '데이터베이스는 퍼블릭 액세스가 켜져 있고 private-db 계층이 인터넷 게이트웨이로 라우팅됨',
      )
    : db.publiclyAccessible
      ? text(
          `the database is publicly accessible but its private-db tier has ${route('private-db').en}`,
          `데이터베이스는 퍼블릭 액세스가 켜져 있지만 인터넷에서 닿지 않음(private-db 계층: ${route('private-db').ko})`,
        )
      : routable('private-db')
        ? text(
            'the database is in the private-db tier (default route to the internet gateway) but is not publicly accessible',
            '데이터베이스는 private-db 계층(기본 경로: 인터넷 게이트웨이)에 있지만 퍼블릭 액세스가 꺼져 있음',
          )
        : isolated(text('the database', '데이터베이스'), 'private-db')
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
    exposure: dbExposure.en,
    ko: { phrase: '데이터베이스', exposure: dbExposure.ko },
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
      ko: { phrase: '캐시', exposure: '캐시는 private-db 계층에 있고 ElastiCache는 퍼블릭 주소를 받지 않음' },
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
        : `the bastion has a public IP but the public tier has ${route('public').en}`,
      ko: {
        phrase: '배스천 호스트',
        exposure: addressable
          ? '배스천 호스트는 public 계층에서 퍼블릭 IP를 가짐(기본 경로: 인터넷 게이트웨이)'
          : `배스천 호스트는 퍼블릭 IP가 있지만 인터넷에서 닿지 않음(public 계층: ${route('public').ko})`,
      },
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
    ko: {
      phrase: mode === 'instance' ? 'NAT 인스턴스' : `${subnet.az}의 NAT 게이트웨이`,
      exposure: 'NAT는 VPC 안에서 시작한 연결만 전달함',
    },
  }))
}
