import type { Topology } from './topology-types'

/** A subnet group holding more resources than this starts collapsed. */
export const COLLAPSE_ABOVE = 12

/**
 * The groups a large design starts with collapsed, so that it reads at fit-to-view: every
 * subnet group with more than COLLAPSE_ABOVE resources. Small designs start fully open.
 * Example: the 50-service benchmark → ['subnet:private-app-a']; swiftlogix → [].
 */
export function listDefaultCollapsed(topology: Topology): string[] {
  const counts = new Map<string, number>()
  for (const node of topology.nodes) if (node.parentId && !node.size) counts.set(node.parentId, (counts.get(node.parentId) ?? 0) + 1)
  return topology.nodes.filter((n) => n.kind === 'subnet-group' && (counts.get(n.id) ?? 0) > COLLAPSE_ABOVE).map((n) => n.id)
}

/** The groups a user can collapse: the VPC, each AZ and each subnet group, outermost first. */
export function listCollapsibleGroups(topology: Topology): string[] {
  return topology.nodes.filter((n) => n.kind === 'vpc' || n.kind === 'az' || n.kind === 'subnet-group').map((n) => n.id)
}
