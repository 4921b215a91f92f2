import type { NatMode, Network, Service, VpcEndpoint } from '../model'
import { joinImprovements, plain, type Improvement } from './recovery-reasons'

/* The egress path in a failure: the NAT mode that counts, the endpoints that replace the NAT for image pulls, and the changes that take the NAT out of recovery. */

/**
 * The NAT mode as far as failures go: "one NAT gateway per AZ" in a one-AZ network is a single NAT.
 * Example: { nat: 'per-az', azCount: 1 } → 'single'; { nat: 'per-az', azCount: 2 } → 'per-az'.
 */
export function resolveNatMode(network: Pick<Network, 'nat' | 'azCount'>): NatMode {
  return network.nat.mode === 'per-az' && network.azCount < 2 ? 'single' : network.nat.mode
}

/** The changes that take the NAT out of the recovery path, shared by nat-loss and az-outage. */
export const USE_NAT_PER_AZ = plain('recovery.improve.nat-per-az')

export const REPLACE_NAT_INSTANCE = plain('recovery.improve.replace-nat-instance')

/**
 * What makes the loss of one AZ's NAT gateway automatic: load-balanced services whose health check
 * exercises egress leave service by themselves. Null when no service is load-balanced.
 */
export function exerciseEgressInHealthChecks(services: readonly Service[]): Improvement | null {
  const served = services.filter((s) => s.loadBalancer !== undefined).map((s) => s.name)
  return served.length > 0 ? { code: 'recovery.improve.egress-health-check', params: { services: served } } : null
}

/**
 * The changes that make a NAT's loss automatic, from a single NAT: one NAT gateway per AZ (or in
 * place of the NAT instance), and health checks that exercise egress.
 */
export function natLossImprovement(services: readonly Service[], from: 'single' | 'instance'): Improvement {
  return joinImprovements([from === 'single' ? USE_NAT_PER_AZ : REPLACE_NAT_INSTANCE, exerciseEgressInHealthChecks(services)])!
}

/** Example: ['ecr-api', 'ecr-dkr'] → "Add VPC endpoints for ecr-api and ecr-dkr". */
export function addVpcEndpoints(missing: readonly VpcEndpoint[]): Improvement {
  return { code: 'recovery.improve.vpc-endpoints', params: { missing: [...missing] } }
}
