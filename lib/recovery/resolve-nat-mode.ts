import type { NatMode, Network } from '../model'

/**
 * The NAT mode as far as failures go: "one NAT gateway per AZ" in a one-AZ network is a single NAT.
 * Example: { nat: 'per-az', azCount: 1 } → 'single'; { nat: 'per-az', azCount: 2 } → 'per-az'.
 */
export function resolveNatMode(network: Pick<Network, 'nat' | 'azCount'>): NatMode {
  return network.nat.mode === 'per-az' && network.azCount < 2 ? 'single' : network.nat.mode
}
