import type { Network, Tier } from '../model'
import type { TierRoute } from './security-reasons'

/**
 * A tier is internet-routable when its route table sends 0.0.0.0/0 to an internet gateway
 * that exists. Example: swiftlogix's public tier → true, its private-app tier (via NAT) → false.
 */
export function isInternetRoutable(network: Pick<Network, 'routing' | 'internetGateway'>, tier: Tier): boolean {
  return network.routing[tier].defaultRoute === 'igw' && network.internetGateway
}

/**
 * The tier's default route, for explanations.
 * Example: private-db with defaultRoute 'none' → { code: 'security.route.none', params: {} } ('no route to the internet gateway').
 */
export function describeTierRoute(network: Pick<Network, 'routing' | 'internetGateway'>, tier: Tier): TierRoute {
  switch (network.routing[tier].defaultRoute) {
    case 'none':
      return { code: 'security.route.none', params: {} }
    case 'nat':
      return { code: 'security.route.nat', params: {} }
    case 'igw':
      return network.internetGateway ? { code: 'security.route.igw', params: {} } : { code: 'security.route.igw-missing', params: {} }
  }
}
