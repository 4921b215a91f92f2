import type { TopoEdge } from './topology-types'

/**
 * Moves every end hidden inside a collapsed group onto the group, drops the lines that now
 * start and end in the same group, and merges the moved lines of one kind between the same two
 * boxes into one that lists its members. A line with neither end hidden keeps its id and shape
 * (parallel rules between two drawn boxes already share a pill).
 * Example: 50 'TCP 5432' rules from services hidden in subnet:private-app-a to the database →
 * one edge 'agg:sg-rule:subnet:private-app-a->database' labelled 'TCP 5432' with 50 members.
 */
export function aggregateEdges(edges: readonly TopoEdge[], hidden: Readonly<Record<string, string>>): TopoEdge[] {
  const groups = new Map<string, { source: string; target: string; kind: TopoEdge['kind']; members: TopoEdge[]; moved: boolean }>()
  for (const edge of edges) {
    const source = hidden[edge.source] ?? edge.source
    const target = hidden[edge.target] ?? edge.target
    if (source === target) continue
    const moved = source !== edge.source || target !== edge.target
    const key = moved ? `${edge.kind}|${source}|${target}` : `as-is|${edge.id}`
    const group = groups.get(key)
    if (group) {
      group.members.push(edge)
      group.moved ||= moved
    } else groups.set(key, { source, target, kind: edge.kind, members: [edge], moved })
  }
  return [...groups.values()].map(({ source, target, kind, members, moved }) => {
    const first = members[0]!
    if (members.length === 1 && !moved) return first
    const labels = [...new Set(members.map((m) => m.label))]
    const uniform = <K extends 'protocol' | 'port' | 'sgId'>(key: K) => (new Set(members.map((m) => m[key])).size === 1 ? first[key] : undefined)
    const protocol = uniform('protocol')
    const port = uniform('port')
    const sgId = uniform('sgId')
    return {
      id: `agg:${kind}:${source}->${target}`,
      source,
      target,
      kind,
      label: labels.length === 1 ? labels[0]! : (summarisePorts(labels) ?? `${labels.length} ports`),
      ...(protocol !== undefined ? { protocol } : {}),
      ...(port !== undefined ? { port } : {}),
      ...(sgId !== undefined ? { sgId } : {}),
      members: members.map((m) => m.id),
      data: { ...(members.length === 1 ? first.data : {}), labels, sgNames: [...new Set(members.map((m) => m.data.sgName).filter(Boolean))] },
    }
  })
}

/**
 * 'TCP 20000' … 'TCP 20049' → 'TCP 20000–20049' when the ports are one protocol and one run;
 * null otherwise.
 */
function summarisePorts(labels: readonly string[]): string | null {
  const parsed = labels.map((t) => /^(\S+) (\d+)$/.exec(t))
  if (parsed.some((m) => !m) || new Set(parsed.map((m) => m![1])).size !== 1) return null
  const ports = parsed.map((m) => Number(m![2])).sort((a, b) => a - b)
  const contiguous = ports.every((p, i) => i === 0 || p === ports[i - 1]! + 1)
  return contiguous ? `${parsed[0]![1]} ${ports[0]}–${ports[ports.length - 1]}` : null
}
