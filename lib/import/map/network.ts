import { VpcEndpointSchema, isIpv4Cidr, type DefaultRoute, type Network, type Tier, type VpcEndpoint } from '../../model'
import type { ResourceInstance, TfObject } from '../types'
import { note, type MapContext } from './context'
import { inFactsOrder } from './facts'
import { blocks, bool, str, type InstanceIndex } from './instances'

const TIERS: readonly Tier[] = ['public', 'private-app', 'private-db']
const WORLD = '0.0.0.0/0'
/** The fallback VPC range when the file's cannot be read or the model cannot hold it (/16 to /24). */
const DEFAULT_VPC_CIDR = '10.0.0.0/16'

/**
 * The VPC, its subnets' tiers, routing, internet gateway, NAT, endpoints and flow logs. Tiers, in
 * the order they are trusted: a `Tier` tag naming one; a default route to an internet gateway
 * (public); membership of a DB or cache subnet group (private-db); a route to a NAT, or holding the
 * services (private-app); the subnet's name (public / db / data / private / app), said in `assumed`.
 */
export function mapNetwork(ctx: MapContext, serviceSubnets: ReadonlySet<string>): Network {
  const { index, report } = ctx
  const vpcs = index.ofType('aws_vpc', 'aws_default_vpc')
  const subnetsOf = (vpc: ResourceInstance) => index.ofType('aws_subnet').filter((s) => index.target(s.values.vpc_id)?.address === vpc.address)
  const vpc =
    vpcs.find((v) => subnetsOf(v).some((s) => serviceSubnets.has(s.address))) ?? [...vpcs].sort((a, b) => subnetsOf(b).length - subnetsOf(a).length)[0]
  ctx.vpc = vpc
  for (const other of vpcs.filter((v) => v !== vpc)) report.skipped(other, note('skipped.other-vpc', { vpc: vpc?.address ?? '' }))
  const inVpc = (i: ResourceInstance, attribute = 'vpc_id') => !vpc || index.target(i.values[attribute])?.address === vpc.address
  const subnets = vpc ? subnetsOf(vpc) : index.ofType('aws_subnet')
  if (vpc) for (const s of index.ofType('aws_subnet').filter((s) => !subnets.includes(s))) report.skipped(s, note('skipped.other-vpc', { vpc: vpc.address }))

  const vpcCidr = readVpcCidr(ctx, vpc)
  const routes = routeTableRoutes(index)
  const tableOf = subnetRouteTables(index)
  const routeOf = (subnet: ResourceInstance): DefaultRoute => {
    const table = tableOf.get(subnet.address)
    return table ? defaultRoute(index, routes.get(table.address) ?? []) : 'none'
  }
  const groupSubnets = new Set(
    index.ofType('aws_db_subnet_group', 'aws_elasticache_subnet_group').flatMap((g) => index.targets(g.values.subnet_ids).map((s) => s.address)),
  )
  for (const subnet of subnets) {
    const tier = subnetTier(ctx, subnet, routeOf(subnet), groupSubnets, serviceSubnets)
    ctx.subnetTiers.set(subnet.address, tier)
    report.understood(subnet, `network (${tier} subnet)`)
  }
  const inTier = (tier: Tier) => subnets.filter((s) => ctx.subnetTiers.get(s.address) === tier)

  const routing = Object.fromEntries(
    TIERS.map((tier) => {
      const members = inTier(tier)
      const defaultRouteOfTier = ctx.facts?.routing?.[tier] ?? (members.length ? routeOf(members[0]!) : tier === 'public' ? 'igw' : 'none')
      return [tier, { defaultRoute: defaultRouteOfTier, mapPublicIpOnLaunch: members.some((s) => bool(s.values.map_public_ip_on_launch) === true) }]
    }),
  ) as Network['routing']
  for (const table of index.ofType('aws_route_table', 'aws_default_route_table', 'aws_route', 'aws_route_table_association', 'aws_main_route_table_association'))
    report.understood(table, 'network.routing')

  const internetGateways = index.ofType('aws_internet_gateway').filter((g) => inVpc(g))
  for (const g of internetGateways) report.understood(g, 'network.internetGateway')
  for (const a of index.ofType('aws_internet_gateway_attachment')) report.understood(a, 'network.internetGateway')
  const internetGateway = internetGateways.length > 0 || index.ofType('aws_internet_gateway_attachment').length > 0

  const azCount = readAzCount(ctx, inTier('private-app').length ? inTier('private-app') : subnets)
  const nat = readNat(ctx, azCount)
  if (subnets.length === 0) return { ...assumedNetwork(ctx, azCount), vpcCidr, vpcEndpoints: readEndpoints(ctx, inVpc), flowLogs: false }
  const vpcEndpoints = readEndpoints(ctx, inVpc)
  const flowLogs = index.ofType('aws_flow_log').filter((f) => inVpc(f))
  for (const f of flowLogs) {
    report.understood(f, 'network.flowLogs')
    const group = index.target(f.values.log_destination)
    if (group) report.understood(group, 'network.flowLogs')
  }
  return { vpcCidr, azCount, routing, internetGateway, nat, vpcEndpoints, flowLogs: flowLogs.length > 0 }
}

/**
 * No subnets in the files (the network comes from a registry module, or another configuration):
 * the usual three tiers stand in, public through an internet gateway, the app tier through one NAT,
 * the data tier with no way out, each said in `assumed`.
 */
function assumedNetwork(ctx: MapContext, azCount: number): Pick<Network, 'azCount' | 'routing' | 'internetGateway' | 'nat'> {
  const why = note('assumed.network-not-in-files')
  const routing: Network['routing'] = {
    public: { defaultRoute: 'igw', mapPublicIpOnLaunch: false },
    'private-app': { defaultRoute: 'nat', mapPublicIpOnLaunch: false },
    'private-db': { defaultRoute: 'none', mapPublicIpOnLaunch: false },
  }
  ctx.report.assumed('network.routing', 'public → igw, private-app → nat, private-db → none', why)
  ctx.report.assumed('network.internetGateway', true, why)
  ctx.report.assumed('network.nat.mode', 'single', why)
  return { azCount, routing, internetGateway: true, nat: { mode: 'single', instanceType: ctx.facts?.natInstanceType ?? 't3.nano' } }
}

function readVpcCidr(ctx: MapContext, vpc: ResourceInstance | undefined): string {
  if (!vpc) {
    ctx.report.assumed('network.vpcCidr', DEFAULT_VPC_CIDR, note('assumed.no-vpc'))
    return DEFAULT_VPC_CIDR
  }
  ctx.report.understood(vpc, 'network.vpcCidr')
  const cidr = str(vpc.values.cidr_block)
  const prefix = cidr && isIpv4Cidr(cidr) ? Number(cidr.split('/')[1]) : NaN
  if (cidr && prefix >= 16 && prefix <= 24) return cidr
  ctx.report.assumed('network.vpcCidr', DEFAULT_VPC_CIDR, note('assumed.vpc-cidr', { found: cidr ?? '' }))
  return DEFAULT_VPC_CIDR
}

/** Each route table's routes: its inline `route` blocks and the aws_route resources that name it. */
function routeTableRoutes(index: InstanceIndex): Map<string, TfObject[]> {
  const routes = new Map<string, TfObject[]>()
  for (const table of index.ofType('aws_route_table', 'aws_default_route_table')) routes.set(table.address, blocks(table.values.route))
  for (const route of index.ofType('aws_route')) {
    const table = index.target(route.values.route_table_id)
    if (table) routes.set(table.address, [...(routes.get(table.address) ?? []), route.values])
  }
  return routes
}

/** The route table of each subnet (its association, else the VPC's main table when one is declared). */
function subnetRouteTables(index: InstanceIndex): Map<string, ResourceInstance> {
  const tables = new Map<string, ResourceInstance>()
  for (const association of index.ofType('aws_route_table_association')) {
    const subnet = index.target(association.values.subnet_id)
    const table = index.target(association.values.route_table_id)
    if (subnet && table) tables.set(subnet.address, table)
  }
  const main = index.ofType('aws_main_route_table_association')[0]
  const mainTable = main ? index.target(main.values.route_table_id) : index.ofType('aws_default_route_table')[0]
  if (mainTable) for (const subnet of index.ofType('aws_subnet')) if (!tables.has(subnet.address)) tables.set(subnet.address, mainTable)
  return tables
}

/** Where a table sends 0.0.0.0/0: an internet gateway, a NAT (gateway or instance), or nowhere. */
function defaultRoute(index: InstanceIndex, routes: readonly TfObject[]): DefaultRoute {
  const route = routes.find((r) => str(r.cidr_block ?? r.destination_cidr_block) === WORLD)
  if (!route) return 'none'
  if (route.nat_gateway_id || route.network_interface_id || route.instance_id) return 'nat'
  // gateway_id names an internet gateway (a VPC endpoint or virtual private gateway is not a way to the internet).
  const gateway = index.target(route.gateway_id)
  if (gateway) return gateway.type === 'aws_internet_gateway' ? 'igw' : 'none'
  return typeof route.gateway_id === 'string' && !route.gateway_id.startsWith('igw-') ? 'none' : route.gateway_id ? 'igw' : 'none'
}

function subnetTier(ctx: MapContext, subnet: ResourceInstance, route: DefaultRoute, groupSubnets: ReadonlySet<string>, serviceSubnets: ReadonlySet<string>): Tier {
  const tags = subnet.values.tags
  const tagged = typeof tags === 'object' && tags !== null && !Array.isArray(tags) ? str((tags as TfObject).Tier) : undefined
  if (tagged && (TIERS as readonly string[]).includes(tagged)) return tagged as Tier
  if (route === 'igw') return 'public'
  if (groupSubnets.has(subnet.address)) return 'private-db'
  if (route === 'nat' || serviceSubnets.has(subnet.address)) return 'private-app'
  const words = `${subnet.name} ${str((tags as TfObject | undefined)?.Name) ?? ''}`.toLowerCase()
  const tier: Tier = /public/.test(words) ? 'public' : /db|data|rds/.test(words) ? 'private-db' : 'private-app'
  ctx.report.assumed(`network (${subnet.address})`, tier, note('assumed.tier-by-name', { subnet: subnet.address, tier }))
  return tier
}

/** Distinct AZs of the app subnets, kept to the model's 2..3. Unknown AZs count one per subnet. */
function readAzCount(ctx: MapContext, subnets: readonly ResourceInstance[]): number {
  const azs = new Set(subnets.map((s, i) => str(s.values.availability_zone) ?? str(s.values.availability_zone_id) ?? `#${i}`))
  const found = azs.size
  const used = Math.min(3, Math.max(2, found))
  if (used !== found) ctx.report.assumed('network.azCount', used, note(found > 3 ? 'assumed.az-count-capped' : 'assumed.az-count-raised', { found, used }))
  return used
}

function readNat(ctx: MapContext, azCount: number): Network['nat'] {
  const { index, report } = ctx
  const gateways = index.ofType('aws_nat_gateway').filter((g) => str(g.values.connectivity_type) !== 'private')
  for (const g of gateways) {
    report.understood(g, 'network.nat')
    const eip = index.target(g.values.allocation_id)
    if (eip) report.understood(eip, 'network.nat')
  }
  const natInstance = index.ofType('aws_instance').find((i) => bool(i.values.source_dest_check) === false)
  const factType = ctx.facts?.natInstanceType ?? 't3.nano'
  if (gateways.length === 0 && natInstance) {
    report.understood(natInstance, 'network.nat (instance)')
    return { mode: 'instance', instanceType: str(natInstance.values.instance_type) ?? factType }
  }
  const mode = gateways.length === 0 ? 'none' : gateways.length >= azCount && azCount > 1 ? 'per-az' : 'single'
  if (gateways.length > 1 && gateways.length < azCount) report.note(note('nat-fewer-than-azs', { gateways: gateways.length, azs: azCount }))
  return { mode, instanceType: factType }
}

/** com.amazonaws.<region>.<service> → the model's endpoint id (ecr.api → ecr-api); others skipped. */
function readEndpoints(ctx: MapContext, inVpc: (i: ResourceInstance) => boolean): VpcEndpoint[] {
  const found: VpcEndpoint[] = []
  for (const endpoint of ctx.index.ofType('aws_vpc_endpoint').filter((e) => inVpc(e))) {
    const service = str(endpoint.values.service_name)?.split('.').slice(3).join('-')
    const parsed = VpcEndpointSchema.safeParse(service)
    if (parsed.success && !found.includes(parsed.data)) {
      found.push(parsed.data)
      ctx.report.understood(endpoint, `network.vpcEndpoints[${parsed.data}]`)
    } else ctx.report.skipped(endpoint, note('skipped.endpoint-not-modelled', { service: str(endpoint.values.service_name) ?? '' }))
  }
  return inFactsOrder(found, (e) => e, ctx.facts?.order?.vpcEndpoints)
}

