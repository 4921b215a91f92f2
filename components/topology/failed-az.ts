import type { ScenarioId } from '@/lib/recovery'
import type { Topology } from '@/lib/topology'

/**
 * The AZ the failure overlay shades for an AZ outage: the first, where a design keeps its
 * single-AZ parts (one NAT gateway, the bastion, a Single-AZ database's primary), so the overlay
 * shows the worse of the outages and matches the scenario's single points of failure. Null for
 * every other scenario.
 * Example (swiftlogix): 'az-outage' → 'us-east-1a'; 'task-crash' → null.
 */
export function failedAzOf(scenario: ScenarioId, topology: Topology): string | null {
  if (scenario !== 'az-outage') return null
  return topology.nodes.find((n) => n.kind === 'az')?.az ?? null
}
