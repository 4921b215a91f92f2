import type { ArchitectureConfig, Tier } from '../model'
import { TIERS } from '../network'
import { notation } from './topology-reasons'
import type { TopoEdge } from './topology-types'

/** Subnet-group and NAT boxes the route edges connect. */
type RouteEndpoints = {
  subnets: { id: string; tier: Tier; az: string }[]
  nats: { id: string; az: string }[]
  igwId: string | null
}

/**
 * Each subnet group's default route: from the internet gateway when the tier routes to it,
 * from the NAT in the same AZ (or the only NAT) when it routes through NAT; none for local-only.
 * Example (swiftlogix): 'route:igw->subnet:public-a', 'route:igw->subnet:public-b',
 * 'route:nat->subnet:private-app-a', 'route:nat->subnet:private-app-b', all labelled '0.0.0.0/0'.
 */
export function listRouteEdges(config: ArchitectureConfig, endpoints: RouteEndpoints): TopoEdge[] {
  const edges: TopoEdge[] = []
  for (const tier of TIERS) {
    const route = config.network.routing[tier].defaultRoute
    for (const subnet of endpoints.subnets.filter((s) => s.tier === tier)) {
      const source =
        route === 'igw'
          ? endpoints.igwId
          : route === 'nat'
            ? (endpoints.nats.find((n) => n.az === subnet.az) ?? endpoints.nats[0])?.id ?? null
            : null
      if (!source) continue
      edges.push({
        id: `route:${source}->${subnet.id}`,
        source,
        target: subnet.id,
        kind: 'route',
        label: notation('0.0.0.0/0'),
        data: { tier, via: route },
      })
    }
  }
  return edges
}
