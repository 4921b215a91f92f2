import type { Topology } from '@/lib/topology'
import type { Emphasised } from './emphasise-reach'

type Level = 'strong' | 'soft'

const louder = (a: Level | undefined, b: Level): Level => (a === 'strong' || b === 'strong' ? 'strong' : 'soft')

/**
 * A lens computed on the full layout, carried onto a view with collapsed groups: a summary box
 * glows as loudly as the loudest box it hides, takes the first path step among them and their
 * internet ports; a merged line glows as loudly as its loudest member.
 * Example (large design, subnet:private-app-a collapsed, database lens): service:svc-01 step 3
 * → subnet:private-app-a step 3; the 50 TCP 5432 rules → one strong 'agg:…->database' line.
 */
export function projectEmphasis(emphasised: Emphasised | null, view: Topology): Emphasised | null {
  if (!emphasised || Object.keys(view.hidden).length === 0) return emphasised
  const shown = (id: string) => view.hidden[id] ?? id
  const nodes = new Map<string, Level>()
  for (const [id, level] of emphasised.nodes) nodes.set(shown(id), louder(nodes.get(shown(id)), level))
  const edges = new Map<string, Level>()
  for (const edge of view.edges) {
    const levels = (edge.members ?? [edge.id]).map((id) => emphasised.edges.get(id)).filter((l): l is Level => Boolean(l))
    if (levels.length > 0) edges.set(edge.id, levels.includes('strong') ? 'strong' : 'soft')
  }
  const steps = new Map<string, number>()
  for (const [id, step] of emphasised.steps) steps.set(shown(id), Math.min(step, steps.get(shown(id)) ?? Infinity))
  const internetPorts = new Map<string, number[]>()
  for (const [id, ports] of emphasised.internetPorts) internetPorts.set(shown(id), [...new Set([...(internetPorts.get(shown(id)) ?? []), ...ports])])
  return { tone: emphasised.tone, nodes, edges, steps, internetPorts }
}

/** Ids of the full layout carried onto the boxes a view draws for them. */
export function projectIds(ids: Iterable<string>, view: Topology): Set<string> {
  return new Set([...ids].map((id) => view.hidden[id] ?? id))
}
