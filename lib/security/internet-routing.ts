import type { Network, Tier } from '../model'

/**
 * A tier is internet-routable when its route table sends 0.0.0.0/0 to an internet gateway
 * that exists. Example: swiftlogix's public tier → true, its private-app tier (via NAT) → false.
 */
export function isInternetRoutable(network: Pick<Network, 'routing' | 'internetGateway'>, tier: Tier): boolean {
  return network.routing[tier].defaultRoute === 'igw' && network.internetGateway
}

/**
 * The tier's default route in words, for explanations.
 * Example: private-db with defaultRoute 'none' → 'no route to the internet gateway'.
 */
export function describeTierRoute(network: Pick<Network, 'routing' | 'internetGateway'>, tier: Tier): string {
  switch (network.routing[tier].defaultRoute) {
    case 'none':
      return 'no route to the internet gateway'
    case 'nat':
      return 'its default route is a NAT gateway, which carries only outbound connections'
    case 'igw':
      return network.internetGateway
        ? 'default route to the internet gateway'
        : 'its default route names an internet gateway the VPC does not have'
  }
}
