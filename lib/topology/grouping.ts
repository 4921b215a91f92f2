import { notation, type TopologyText } from './topology-reasons'
import type { CollapsedSummary, TopoEdge, TopoNodeKind, Topology } from './topology-types'

/**
 * Collapsing groups: which VPC, AZ and subnet boxes can fold and which start folded, what a
 * folded box says it holds, and how the lines into it merge.
 */

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
    const uniform = <K extends 'protocol' | 'port' | 'singlePort' | 'sgId'>(key: K) => (new Set(members.map((m) => m[key])).size === 1 ? first[key] : undefined)
    const protocol = uniform('protocol')
    const port = uniform('port')
    const singlePort = uniform('singlePort')
    const sgId = uniform('sgId')
    return {
      id: `agg:${kind}:${source}->${target}`,
      source,
      target,
      kind,
      label: labels.length === 1 ? labels[0]! : (summarisePortRun(members) ?? { code: 'topology.edge.ports', params: { count: labels.length } }),
      ...(protocol !== undefined ? { protocol } : {}),
      ...(port !== undefined ? { port } : {}),
      ...(singlePort !== undefined ? { singlePort } : {}),
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

/**
 * One label for lines of one kind and protocol on a run of single ports, read from the ports the
 * engine keeps (never from the labels' words): rules on 'TCP 20000' … 'TCP 20049' → 'TCP
 * 20000–20049', request flows to 8080 … 8085 → 'forwards 8080–8085'; null when a line has no
 * single port, the kinds or protocols differ, or the ports leave a gap.
 */
export function summarisePortRun(edges: readonly TopoEdge[]): TopologyText | null {
  const first = edges[0]
  if (!first || edges.some((e) => e.singlePort === undefined || e.kind !== first.kind || e.protocol !== first.protocol)) return null
  const ports = [...new Set(edges.map((e) => e.singlePort!))].sort((a, b) => a - b)
  if (!ports.every((p, i) => i === 0 || p === ports[i - 1]! + 1)) return null
  const [fromPort, toPort] = [ports[0]!, ports[ports.length - 1]!]
  if (first.kind === 'traffic') return { code: 'topology.edge.forwards-range', params: { fromPort, toPort } }
  // The protocol in capitals, as the rules' own labels write it (describeRulePorts).
  return notation(`${(first.protocol ?? '').toUpperCase()} ${fromPort}–${toPort}`)
}

/** The kinds a collapsed group names, in the order ties are broken: services before load balancers before NAT. */
const NAMING_ORDER: readonly TopoNodeKind[] = ['service', 'alb', 'nat', 'bastion', 'database', 'cache', 'endpoint', 'igw']

/** At most this many kinds are named; the rest are counted as 'N more'. */
const NAMED_KINDS = 2

/**
 * Counts the resources a collapsed group holds and names the most numerous kinds; the catalog
 * words it ('50 services, 1 load balancer').
 * Example: [service × 50, alb] → { count: 51, byKind: { service: 50, alb: 1 },
 * text: { code: 'topology.members', params: { named: [{ kind: 'service', count: 50 }, { kind: 'alb', count: 1 }], more: 0 } } };
 * [] → { count: 0, byKind: {}, text: { code: 'topology.members.none', params: {} } }.
 */
export function summariseMembers(kinds: readonly TopoNodeKind[]): CollapsedSummary {
  const byKind: Partial<Record<TopoNodeKind, number>> = {}
  for (const kind of kinds) byKind[kind] = (byKind[kind] ?? 0) + 1
  if (kinds.length === 0) return { count: 0, byKind, text: { code: 'topology.members.none', params: {} } }
  const rank = (kind: TopoNodeKind) => (NAMING_ORDER.includes(kind) ? NAMING_ORDER.indexOf(kind) : NAMING_ORDER.length)
  const ranked = (Object.entries(byKind) as [TopoNodeKind, number][]).sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]))
  const named = ranked.slice(0, NAMED_KINDS).map(([kind, count]) => ({ kind, count }))
  const more = ranked.slice(NAMED_KINDS).reduce((sum, [, n]) => sum + n, 0)
  return { count: kinds.length, byKind, text: { code: 'topology.members', params: { named, more } } }
}

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
