import { notation, type TopologyText } from './topology-reasons'
import type { TopoEdge } from './topology-types'

/**
 * Moves every end hidden inside a collapsed group onto the group, drops the lines that now
 * start and end in the same group, and merges the moved lines of one kind between the same two
 * boxes into one that lists its members. A line with neither end hidden keeps its id and shape
 * (parallel rules between two drawn boxes already share a pill).
 * Example: 50 'TCP 5432' rules from services hidden in subnet:private-app-a to the database →
 * one edge 'agg:sg-rule:subnet:private-app-a->database' labelled 'TCP 5432' with 50 members
 * (the pill adds '×50'); ports 20000 … 20049 merge into 'TCP 20000–20049'.
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
    const labels = distinct(members.map((m) => m.label))
    const uniform = <K extends 'protocol' | 'port' | 'sgId'>(key: K) => (new Set(members.map((m) => m[key])).size === 1 ? first[key] : undefined)
    const protocol = uniform('protocol')
    const port = uniform('port')
    const sgId = uniform('sgId')
    return {
      id: `agg:${kind}:${source}->${target}`,
      source,
      target,
      kind,
      label: labels.length === 1 ? labels[0]! : (summarisePorts(labels) ?? { code: 'topology.edge.ports', params: { count: labels.length } }),
      ...(protocol !== undefined ? { protocol } : {}),
      ...(port !== undefined ? { port } : {}),
      ...(sgId !== undefined ? { sgId } : {}),
      members: members.map((m) => m.id),
      data: { ...(members.length === 1 ? first.data : {}), labels, sgNames: [...new Set(members.map((m) => m.data.sgName).filter(Boolean))] },
    }
  })
}

/** Labels with the same code and params once each, in first-seen order. */
function distinct(labels: readonly TopologyText[]): TopologyText[] {
  const byKey = new Map(labels.map((label) => [JSON.stringify(label), label]))
  return [...byKey.values()]
}

/** A label's protocol word and port: 'TCP 5432' → ['TCP', 5432], 'forwards 8080' → ['forwards', 8080]; null otherwise. */
function portOf(label: TopologyText): [string, number] | null {
  if (label.code === 'topology.edge.forwards') return ['forwards', label.params.port]
  // The rules' port notation, which is the same in every language.
  const match = label.code === 'topology.notation' ? /^(\S+) (\d+)$/.exec(label.params.text) : null
  return match ? [match[1]!, Number(match[2])] : null
}

/**
 * 'TCP 20000' … 'TCP 20049' → 'TCP 20000–20049' (and 'forwards 8080' … 'forwards 8085' →
 * 'forwards 8080–8085') when the ports are one protocol and one run; null otherwise.
 */
function summarisePorts(labels: readonly TopologyText[]): TopologyText | null {
  const parsed = labels.map(portOf)
  if (parsed.some((m) => !m) || new Set(parsed.map((m) => m![0])).size !== 1) return null
  const ports = parsed.map((m) => m![1]).sort((a, b) => a - b)
  const contiguous = ports.every((p, i) => i === 0 || p === ports[i - 1]! + 1)
  if (!contiguous) return null
  const [fromPort, toPort] = [ports[0]!, ports[ports.length - 1]!]
  return labels[0]!.code === 'topology.edge.forwards' ? { code: 'topology.edge.forwards-range', params: { fromPort, toPort } } : notation(`${parsed[0]![0]} ${fromPort}–${toPort}`)
}
