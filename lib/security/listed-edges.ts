import type { ReachEdge } from './list-reach-edges'

/** Reach edges with an index by source, so path searches do not rescan the list. */
export type ListedEdges = { all: ReachEdge[]; bySource: ReadonlyMap<string, ReachEdge[]> }

/** Example: indexEdges([a→b, a→c, b→c]).bySource.get('a') → [a→b, a→c]. */
export function indexEdges(edges: ReachEdge[]): ListedEdges {
  const bySource = new Map<string, ReachEdge[]>()
  for (const edge of edges) {
    const list = bySource.get(edge.from)
    if (list) list.push(edge)
    else bySource.set(edge.from, [edge])
  }
  return { all: edges, bySource }
}
