import type { ArchitectureConfig, NatMode, VpcEndpoint } from './architecture'

/**
 * Sets how the app tier reaches the internet: no NAT, one NAT gateway, one per AZ, or a NAT
 * instance. As setNatGateways does: without a NAT the app tier's default route has nowhere to go
 * and becomes local-only; with one, a local-only app tier routes through it, and the internet
 * gateway it sends through is switched on.
 * setNatMode(seed, 'none').network.routing['private-app'].defaultRoute → 'none'
 */
export function setNatMode(config: ArchitectureConfig, mode: NatMode): ArchitectureConfig {
  const app = config.network.routing['private-app']
  const defaultRoute = mode === 'none' && app.defaultRoute === 'nat' ? 'none' : mode !== 'none' && app.defaultRoute === 'none' ? 'nat' : app.defaultRoute
  return {
    ...config,
    network: {
      ...config.network,
      internetGateway: mode === 'none' ? config.network.internetGateway : true,
      nat: { ...config.network.nat, mode },
      routing: { ...config.network.routing, 'private-app': { ...app, defaultRoute } },
    },
  }
}

/** The NAT instance's type (used when the mode is `instance`); the schema checks its shape. */
export function setNatInstanceType(config: ArchitectureConfig, instanceType: string): ArchitectureConfig {
  return { ...config, network: { ...config.network, nat: { ...config.network.nat, instanceType } } }
}

/** Adds or removes one VPC endpoint, keeping the others in their order. */
export function setVpcEndpoint(config: ArchitectureConfig, endpoint: VpcEndpoint, on: boolean): ArchitectureConfig {
  const others = config.network.vpcEndpoints.filter((e) => e !== endpoint)
  return { ...config, network: { ...config.network, vpcEndpoints: on ? [...others, endpoint] : others } }
}
