import type { ArchitectureConfig, VpcEndpoint } from '../model'

/** How the app tier reaches AWS's public endpoints and the internet, if at all. */
export type AppEgress = 'nat' | 'public-ip' | 'none'

/**
 * The app tier's way out: its route table's default route through a working NAT (gateway or
 * instance) or, for instances with a public address, through the internet gateway.
 * Example: private-app → nat with nat.mode 'single' and an internet gateway → 'nat'.
 */
export function appEgress(config: ArchitectureConfig): AppEgress {
  const { routing, nat, internetGateway } = config.network
  const app = routing['private-app']
  if (!internetGateway) return 'none'
  if (app.defaultRoute === 'nat' && nat.mode !== 'none') return 'nat'
  if (app.defaultRoute === 'igw' && app.mapPublicIpOnLaunch) return 'public-ip'
  return 'none'
}

export function hasEndpoints(config: ArchitectureConfig, endpoints: readonly VpcEndpoint[]): boolean {
  return endpoints.every((e) => config.network.vpcEndpoints.includes(e))
}
