import type { ArchitectureConfig, Tier } from '../model'
import { azNames } from './availability-zones'

export const TIERS: readonly Tier[] = ['public', 'private-app', 'private-db']

export type PlannedSubnet = {
  /** Stable id used by topology and Terraform: `public-a`, `private-db-c`. */
  id: string
  tier: Tier
  az: string
  cidr: string
}

/** Each tier gets a block of 4 slots, one per AZ, so adding an AZ never renumbers the others. */
const SLOTS_PER_TIER = 4

/**
 * Carves the VPC into one subnet per tier and AZ, each 8 bits longer than the VPC prefix
 * (capped at /28). Example: 10.0.0.0/16, 2 AZs in us-east-1 →
 * public-a 10.0.0.0/24, public-b 10.0.1.0/24, private-app-a 10.0.4.0/24, …, private-db-b 10.0.9.0/24.
 */
export function planSubnets(config: Pick<ArchitectureConfig, 'region' | 'network'>): PlannedSubnet[] {
  const [base, prefixText] = config.network.vpcCidr.split('/') as [string, string]
  const vpcPrefix = Number(prefixText)
  const subnetPrefix = Math.min(vpcPrefix + 8, 28)
  const baseInt = ipToInt(base) & prefixMask(vpcPrefix)
  const subnetSize = 2 ** (32 - subnetPrefix)
  const azs = azNames(config.region, config.network.azCount)
  return TIERS.flatMap((tier, tierIndex) =>
    azs.map((az, azIndex) => ({
      id: `${tier}-${az.slice(-1)}`,
      tier,
      az,
      cidr: `${intToIp(baseInt + (tierIndex * SLOTS_PER_TIER + azIndex) * subnetSize)}/${subnetPrefix}`,
    })),
  )
}

function prefixMask(prefix: number): number {
  return prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0
}

function ipToInt(ip: string): number {
  return ip.split('.').reduce((acc, octet) => ((acc << 8) + Number(octet)) >>> 0, 0)
}

function intToIp(value: number): string {
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 255).join('.')
}
