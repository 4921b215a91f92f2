import type { Topology } from './topology-types'

/** A subnet group holding more resources than this starts collapsed. */
const COLLAPSE_ABOVE = 12

/**
 * The groups a large design starts with collapsed, so that it reads at fit-to-view: every
 * subnet group with more than COLLAPSE_ABOVE resources and, once one is, every AZ that holds no
 * resource at all (three empty frames would take two thirds of the width). Small designs start
 * fully open.
 * Example: the 50-service benchmark → ['az:us-east-1b', 'az:us-east-1c', 'subnet:private-app-a'];
 * swiftlogix → [].
 */
export function listDefaultCollapsed(topology: Topology): string[] {
  const parentOf = new Map(topology.nodes.map((n) => [n.id, n.parentId]))
  const counts = new Map<string, number>()
  for (const node of topology.nodes) {
    if (node.size) continue
    for (let at = node.parentId; at; at = parentOf.get(at)) counts.set(at, (counts.get(at) ?? 0) + 1)
  }
  const crowded = topology.nodes.filter((n) => n.kind === 'subnet-group' && (counts.get(n.id) ?? 0) > COLLAPSE_ABOVE).map((n) => n.id)
  if (crowded.length === 0) return []
  const emptyAzs = topology.nodes.filter((n) => n.kind === 'az' && !counts.get(n.id)).map((n) => n.id)
  return [...emptyAzs, ...crowded]
}

/** The groups a user can collapse: the VPC, each AZ and each subnet group, outermost first. */
export function listCollapsibleGroups(topology: Topology): string[] {
  return topology.nodes.filter((n) => n.kind === 'vpc' || n.kind === 'az' || n.kind === 'subnet-group').map((n) => n.id)
}
