import { admitConnection } from './admit-connection'
import type { ListedEdges } from './listed-edges'
import { findResource, type ReachGraph } from './reach-graph'

/** One step of a path: a connection on a port, admitted by a group of the next node. */
export type Hop = { from: string; to: string; port: number; sgId: string }

/**
 * Breadth-first search for the fewest hops from `fromId` to `targetId`, ending on `port`.
 * Intermediate hops use relaying edges (a redirect-only listener leads nowhere); the last hop
 * must reach the target on the asked port. Ties go to the first edge in graph order.
 * Example (swiftlogix, internet → database on 5432):
 * [internet→alb:alb 443, alb:alb→service:order 19505, service:order→database 5432].
 */
export function findNearestPath(
  graph: ReachGraph,
  edges: ListedEdges,
  fromId: string,
  targetId: string,
  port: number,
): Hop[] | null {
  const target = findResource(graph, targetId)
  if (!target || !graph.nodeById.has(fromId)) return null
  const reachedBy = new Map<string, Hop>()
  const visited = new Set([fromId, targetId])
  let level = [fromId]
  while (level.length > 0) {
    for (const nodeId of level) {
      const node = graph.nodeById.get(nodeId)
      const verdict = node && admitConnection(graph, node, target, port)
      if (verdict?.allowed && verdict.admittedBy) {
        return [...chainTo(nodeId, reachedBy), { from: nodeId, to: targetId, port, sgId: verdict.admittedBy.sgId }]
      }
    }
    const next: string[] = []
    for (const nodeId of level) {
      for (const edge of edges.bySource.get(nodeId) ?? []) {
        if (!edge.relays || visited.has(edge.to)) continue
        visited.add(edge.to)
        reachedBy.set(edge.to, { from: edge.from, to: edge.to, port: edge.port, sgId: edge.sgId })
        next.push(edge.to)
      }
    }
    level = next
  }
  return null
}

function chainTo(nodeId: string, reachedBy: ReadonlyMap<string, Hop>): Hop[] {
  const hops: Hop[] = []
  for (let hop = reachedBy.get(nodeId); hop; hop = reachedBy.get(hop.from)) hops.unshift(hop)
  return hops
}
