import type { ArchitectureConfig, Requirements } from '../model'
import { lookupPrice } from '../pricing'
import { fmt } from '../explain/figure'
import { HOURS_PER_MONTH, priceLine, type CostLine } from './cost-line'
import { ec2HourlyPrice } from './instance-price'
import { monthlyResponseVolume } from './traffic-volume'

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
  const { region } = config
  if (nat.mode === 'none') return []
  const volume = monthlyResponseVolume(requirements.traffic)
  if (nat.mode === 'instance')
    return [
      priceLine({
        id: 'nat-instance',
        component: 'network',
        label: `NAT instance (${nat.instanceType})`,
        unit: 'instance-hours',
        quantity: HOURS_PER_MONTH,
        price: ec2HourlyPrice(region, nat.instanceType, 'on-demand'),
        quantityText: `1 × ${nat.instanceType} × ${HOURS_PER_MONTH} h`,
        priceSuffix: '/h',
      }),
    ]
  const count = natGatewayCount(config)
  return [
    priceLine({
      id: 'nat-gateway-hours',
      component: 'network',
      label: 'NAT gateway',
      unit: 'hours',
      quantity: count * HOURS_PER_MONTH,
      price: lookupPrice(region, 'nat_gateway.hour'),
      quantityText: `${count} NAT gateway × ${HOURS_PER_MONTH} h`,
      priceSuffix: '/h',
    }),
    priceLine({
      id: 'nat-gateway-data',
      component: 'network',
      label: 'NAT gateway data processed',
      unit: 'GB',
      quantity: volume.gb,
      price: lookupPrice(region, 'nat_gateway.gb_processed'),
      quantityText: `${fmt(volume.gb, 1)} GB (${volume.explanation})`,
      priceSuffix: '/GB',
    }),
  ]
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
      label: `VPC interface endpoints (${interfaces.join(', ')})`,
      unit: 'endpoint-AZ-hours',
      quantity: interfaces.length * azs * HOURS_PER_MONTH,
      price: lookupPrice(config.region, 'vpc_endpoint.interface.hour_per_az'),
      quantityText: `${interfaces.length} endpoints × ${azs} AZ × ${HOURS_PER_MONTH} h`,
      priceSuffix: '/h',
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
      label: 'Public IPv4 addresses',
      unit: 'address-hours',
      quantity: addresses * HOURS_PER_MONTH,
      price: lookupPrice(config.region, 'public_ipv4.in_use.hour'),
      quantityText: `${addresses} addresses (ALB ${albs}, NAT ${nats}, bastion ${bastion}) × ${HOURS_PER_MONTH} h`,
      priceSuffix: '/h',
    }),
  ]
}
