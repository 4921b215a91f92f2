import type { Tier } from '../model'
import { TIERS } from '../network'
import { VPC, nameTag, subnetRef, subnetsIn, type ExportContext } from './context'
import type { JsonObject } from './json'
import { tfRef, toTerraformName, type TfRef } from './names'
import { azSuffix, type NatRouteTarget } from './nat'

/**
 * JSON syntax reads `route` as an attribute (a set of objects, not blocks), and Terraform then
 * needs every attribute of the object: the ones a route does not use are null.
 */
const ROUTE_UNSET: JsonObject = Object.fromEntries(
  [
    'carrier_gateway_id',
    'cidr_block',
    'core_network_arn',
    'destination_prefix_list_id',
    'egress_only_gateway_id',
    'gateway_id',
    'ipv6_cidr_block',
    'local_gateway_id',
    'nat_gateway_id',
    'network_interface_id',
    'transit_gateway_id',
    'vpc_endpoint_id',
    'vpc_peering_connection_id',
  ].map((attribute) => [attribute, null]),
)

/**
 * One route table per tier, or per AZ for a tier that routes to per-AZ NAT gateways (so an AZ
 * keeps its egress when another AZ fails). Routes are `route` blocks on the table, the form
 * tfcheck checks. Returns every table, for gateway endpoints.
 */
export function addRouteTables(ctx: ExportContext, internetGateway: TfRef | null, natTarget: NatRouteTarget): TfRef[] {
  const tables: TfRef[] = []
  for (const tier of TIERS) {
    const { defaultRoute } = ctx.config.network.routing[tier]
    const perAz = defaultRoute === 'nat' && ctx.config.network.nat.mode === 'per-az'
    const subnets = subnetsIn(ctx, tier)
    const groups = perAz ? subnets.map((s) => ({ suffix: `_${azSuffix(s.az)}`, subnets: [s] })) : [{ suffix: '', subnets }]
    for (const group of groups) {
      const az = group.subnets[0]?.az ?? ''
      const route = defaultRouteTarget(ctx, tier, az, internetGateway, natTarget)
      const table = ctx.doc.define(tfRef('aws_route_table', `${toTerraformName(tier)}${group.suffix}`), {
        vpc_id: VPC.ref('id'),
        route: route ? [{ ...ROUTE_UNSET, cidr_block: '0.0.0.0/0', ...route }] : undefined,
        tags: nameTag(`${ctx.config.name} ${tier}${perAz ? ` ${az}` : ''}`, tier),
      })
      tables.push(table)
      for (const subnet of group.subnets)
        ctx.doc.resource('aws_route_table_association', subnetRef(subnet).name, {
          subnet_id: subnetRef(subnet).ref('id'),
          route_table_id: table.ref('id'),
        })
    }
  }
  return tables
}

function defaultRouteTarget(
  ctx: ExportContext,
  tier: Tier,
  az: string,
  internetGateway: TfRef | null,
  natTarget: NatRouteTarget,
): JsonObject | null {
  switch (ctx.config.network.routing[tier].defaultRoute) {
    case 'none':
      return null
    case 'igw':
      if (!internetGateway) ctx.doc.note(`The ${tier} tier routes to an internet gateway, but the config has none: no default route was written.`)
      return internetGateway ? { gateway_id: internetGateway.ref('id') } : null
    case 'nat': {
      const target = natTarget(az)
      if (!target) ctx.doc.note(`The ${tier} tier routes to a NAT, but the NAT mode is "none": no default route was written.`)
      return target
    }
  }
}
