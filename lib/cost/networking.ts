import type { ArchitectureConfig, Requirements } from '../model'
import { designPrice } from './design-price'
import { HOURS_PER_MONTH, priceLine, type CostLine } from './cost-line'
import { count, hours } from './factors'
import { ec2HourlyPrice } from './instance-price'

/** Number of NAT gateways a mode runs: one shared, or one per AZ. */
function natGatewayCount(config: ArchitectureConfig): number {
  const { mode } = config.network.nat
  return mode === 'single' ? 1 : mode === 'per-az' ? config.network.azCount : 0
}

/**
 * NAT gateway hours and data processed. Like seed 000, every response byte is assumed to pass
 * through the NAT once: 730 h × $0.045 = $32.85; 86.9 GB × $0.045 = $3.91.
 */
export function priceNat(config: ArchitectureConfig, requirements: Requirements): CostLine[] {
  const { nat } = config.network
  if (nat.mode === 'none') return []
  if (nat.mode === 'instance')
    return [
      priceLine({
        id: 'nat-instance',
        component: 'network',
        label: { code: 'cost.label.nat-instance', params: { instanceType: nat.instanceType } },
        unit: 'instance-hours',
        quantity: HOURS_PER_MONTH,
        ...ec2HourlyPrice(config, nat.instanceType, 'on-demand'),
        factors: [count(1), { code: 'cost.qty.instance-type', params: { instanceType: nat.instanceType, spot: false } }, hours()],
        per: 'hour',
      }),
    ]
  const gateways = natGatewayCount(config)
  return [
    priceLine({
      id: 'nat-gateway-hours',
      component: 'network',
      label: { code: 'cost.label.nat-gateway', params: {} },
      unit: 'hours',
      quantity: gateways * HOURS_PER_MONTH,
      ...designPrice(config, 'nat_gateway.hour'),
      factors: [{ code: 'cost.qty.nat-gateways', params: { gateways } }, hours()],
      per: 'hour',
    }),
    priceNatData(config, requirements),
  ]
}

/**
 * NAT data processed: only what the private tiers send out through it (VPC User Guide, "NAT
 * gateways": data processing is charged for traffic that passes through the gateway). Replies to
 * requests that came in through the load balancer leave through the load balancer, so the
 * response volume is not NAT traffic. The design states the figure or the line is unknown.
 * Seed 000 states 87 GB (86.9 GB × $0.045 = $3.91).
 */
function priceNatData(config: ArchitectureConfig, requirements: Requirements): CostLine {
  const gb = requirements.traffic.natOutboundGbPerMonth
  return priceLine({
    id: 'nat-gateway-data',
    component: 'network',
    label: { code: 'cost.label.nat-gateway-data', params: {} },
    unit: 'GB',
    quantity: gb ?? Number.NaN,
    ...(gb === undefined ? { price: { status: 'unknown', key: 'nat_gateway.gb_processed', unit: 'GB', listed: false, note: null } } : designPrice(config, 'nat_gateway.gb_processed')),
    unknownBecause: gb === undefined ? { code: 'cost.source.nat-outbound-not-stated', params: {} } : undefined,
    factors: [{ code: 'cost.qty.nat-outbound-gb', params: { gb: gb ?? null } }],
    per: 'gb',
  })
}

/** Interface endpoints bill per AZ-hour; gateway endpoints (S3, DynamoDB) are free. */
const GATEWAY_ENDPOINTS = new Set(['s3', 'dynamodb'])

export function priceVpcEndpoints(config: ArchitectureConfig): CostLine[] {
  const interfaces = config.network.vpcEndpoints.filter((e) => !GATEWAY_ENDPOINTS.has(e))
  if (interfaces.length === 0) return []
  const azs = config.network.azCount
  return [
    priceLine({
      id: 'vpc-endpoints',
      component: 'network',
      label: { code: 'cost.label.vpc-endpoints', params: { endpoints: interfaces } },
      unit: 'endpoint-AZ-hours',
      quantity: interfaces.length * azs * HOURS_PER_MONTH,
      ...designPrice(config, 'vpc_endpoint.interface.hour_per_az'),
      factors: [{ code: 'cost.qty.endpoints', params: { endpoints: interfaces.length } }, { code: 'cost.qty.azs', params: { azs } }, hours()],
      per: 'hour',
    }),
  ]
}

/**
 * Public IPv4 addresses (billed since 2024-02-01): an internet-facing ALB holds one per AZ,
 * each NAT gateway or NAT instance one, the bastion one.
 */
export function pricePublicIpv4(config: ArchitectureConfig): CostLine[] {
  if (!config.billing.includePublicIpv4) return []
  const albs = config.loadBalancers.filter((lb) => lb.scheme === 'external').length * config.network.azCount
  const nats = config.network.nat.mode === 'instance' ? 1 : natGatewayCount(config)
  const bastion = config.adminAccess.bastion ? 1 : 0
  const addresses = albs + nats + bastion
  if (addresses === 0) return []
  return [
    priceLine({
      id: 'public-ipv4',
      component: 'network',
      label: { code: 'cost.label.public-ipv4', params: {} },
      unit: 'address-hours',
      quantity: addresses * HOURS_PER_MONTH,
      ...designPrice(config, 'public_ipv4.in_use.hour'),
      factors: [{ code: 'cost.qty.addresses', params: { addresses, alb: albs, nat: nats, bastion } }, hours()],
      per: 'hour',
    }),
  ]
}
