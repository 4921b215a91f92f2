import type { Topology } from '@/lib/topology'

/**
 * The boxes a recovery scenario's single points of failure are drawn as. The recovery engine
 * names components ('database', 'nat', 'bastion', 'cache', 'region', service ids, load balancer
 * ids); the topology prefixes services and load balancers and gives each NAT of a per-AZ
 * setup its own box.
 * Example (swiftlogix, az-outage): ['database', 'nat', 'bastion'] → {database, nat, bastion};
 * (plan3, task-crash): ['gateway', …] → {service:gateway, …}.
 */
export function mapSinglePointsOfFailure(ids: readonly string[], topology: Topology): Set<string> {
  const nodeIds = new Set(topology.nodes.map((n) => n.id))
  const mapped = new Set<string>()
  for (const id of ids) {
    if (id === 'nat') {
      for (const node of topology.nodes) if (node.kind === 'nat') mapped.add(node.id)
      continue
    }
    const match = [id, `service:${id}`, `alb:${id}`].find((candidate) => nodeIds.has(candidate))
    if (match) mapped.add(match)
  }
  return mapped
}
