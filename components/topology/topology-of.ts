import type { Scenario } from '@/lib/model'
import { buildTopology, type Topology } from '@/lib/topology'

/**
 * Scenarios are immutable, so the canvas and the details panel share one layout per scenario
 * object instead of laying the same config out twice.
 */
const cache = new WeakMap<Scenario, Topology>()

export function topologyOf(scenario: Scenario): Topology {
  let topology = cache.get(scenario)
  if (!topology) {
    topology = buildTopology(scenario.config)
    cache.set(scenario, topology)
  }
  return topology
}
