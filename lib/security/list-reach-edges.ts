import type { RuleSource, SgRule } from '../model'
import { allowsEgress, hasOpenEgress, isListening, isNetworkOpen, listCoveringRules, peerMatches } from './admit-connection'
import type { PlacedResource } from './place-resources'
import type { ReachGraph } from './reach-graph'

/** "from may open a connection to to on port", with the rule that admits it. */
export type ReachEdge = {
  from: string
  to: string
  port: number
  protocol: SgRule['protocol']
  sgId: string
  ruleIndex: number
  /**
   * False when the target answers but passes nothing on: an ALB port that only redirects
   * HTTP to HTTPS. A path may end on such an edge but not continue through it.
   */
  relays: boolean
}

/**
 * Every allowed connection between graph nodes, ordered by source, target and port.
 * Ports tried per target: the ports it answers on, plus, for instances and tasks, every
 * single port an ingress rule opens (something may listen there).
 * Example (swiftlogix): internet→alb:alb on 80 (relays: false) and 443, Office→bastion on 22,
 * alb:alb→service:order on 19505, service:order→database on 5432, bastion→database on 5432, …
 */
export function listReachEdges(graph: ReachGraph): ReachEdge[] {
  // What depends only on the target and port, or only on a rule's peer, is worked out once, not
  // once per source (see footnote 1), into one flat list the loop over sources walks (footnote 2).
  const admits = peerMatchTable(graph)
  const entries: TargetPort[] = []
  for (const to of graph.resources) {
    for (const port of candidatePorts(graph, to)) {
      if (!isListening(to, port)) continue
      const covering = listCoveringRules(graph, to, port)
      if (covering.length === 0) continue
      entries.push({
        to,
        port,
        covering,
        matches: covering.map((c) => admits(c.rule.peer)),
        relays: to.kind !== 'alb' || (to.forwardingPorts ?? []).includes(port),
        forwardKey: `${to.id}|${port}`,
      })
    }
  }
  const edges: ReachEdge[] = []
  const nodes = graph.nodes
  // A local binding: the loop below runs ~300k times at the work limits, and a module import is
  // a property read per call when the engine runs as CommonJS (the CLI, tests, benchmarks).
  const networkOpen = isNetworkOpen
  for (let fromIndex = 0; fromIndex < nodes.length; fromIndex++) {
    const from = nodes[fromIndex]!
    const openEgress = from.kind === 'principal' || hasOpenEgress(graph, from.resource)
    // Only an ALB source restricts where it sends (its own targets): "<target>|<port>" it forwards to.
    const forwarded = from.kind === 'resource' && from.resource.kind === 'alb' ? new Set((from.resource.forwardsTo ?? []).map((t) => `${t.resource}|${t.port}`)) : null
    for (let e = 0; e < entries.length; e++) {
      const { to, port, covering, matches, relays, forwardKey } = entries[e]!
      if (from.id === to.id || !networkOpen(from, to)) continue
      if (forwarded && !forwarded.has(forwardKey)) continue
      let admitting = 0
      while (admitting < matches.length && !matches[admitting]![fromIndex]) admitting++
      if (admitting === matches.length) continue
      if (!openEgress && from.kind === 'resource' && !allowsEgress(graph, from.resource, to, port)) continue
      const admittedBy = covering[admitting]!
      edges.push({ from: from.id, to: to.id, port, protocol: admittedBy.rule.protocol, sgId: admittedBy.sgId, ruleIndex: admittedBy.ruleIndex, relays })
    }
  }
  return edges
}

/** A port a target answers on, with the ingress rules that cover it and which nodes each admits. */
type TargetPort = {
  to: PlacedResource
  port: number
  covering: ReturnType<typeof listCoveringRules>
  /** Per covering rule, per node index: does the rule's peer match that node? */
  matches: boolean[][]
  relays: boolean
  forwardKey: string
}

/** For a rule's peer, whether it matches each graph node (by index); one row per distinct peer. */
function peerMatchTable(graph: ReachGraph): (peer: RuleSource) => boolean[] {
  const rows = new Map<string, boolean[]>()
  return (peer) => {
    const key = peer.kind === 'sg' ? `sg:${peer.sgId}` : peer.kind === 'prefix-list' ? `pl:${peer.name}` : `cidr:${peer.cidr}`
    let row = rows.get(key)
    if (!row) {
      row = graph.nodes.map((node) => peerMatches(peer, node))
      rows.set(key, row)
    }
    return row
  }
}

function candidatePorts(graph: ReachGraph, resource: PlacedResource): number[] {
  const ports = new Set(resource.ports)
  if (!resource.onlyListedPorts) {
    for (const sgId of resource.securityGroups) {
      for (const rule of graph.securityGroups.get(sgId)?.ingress ?? []) {
        if (rule.protocol !== 'all' && rule.fromPort === rule.toPort) ports.add(rule.fromPort)
      }
    }
  }
  return [...ports].sort((a, b) => a - b)
}

// Footnotes
// 1. The same verdict as admitConnection (allowed and admitted by its first covering rule that
//    matches the source), checked cheapest first. On a 50-service design the graph has ~60 sources
//    and ~55 targets with ~4 ports each, and a VPC-wide monitoring rule admits every resource, so
//    there are ~3,000 edges: per-pair work is what reachability costs. A rule's peer matches a
//    source regardless of the target, so each distinct peer is checked against each node once.
// 2. One flat list of (target, port) entries, an ALB's forwarding targets as a set instead of a list
//    scanned per pair, and one edge list in source order: at the evaluation-work limits (~300
//    nodes × ~900 target ports, ~100k edges) this lists the edges in about a third of the time of
//    the nested target → ports loop with a `some` per ALB pair.
