import type { SgRule } from '../model'
import { admitConnection } from './admit-connection'
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
  const portsByTarget = new Map(graph.resources.map((r) => [r.id, candidatePorts(graph, r)]))
  const edges: ReachEdge[] = []
  for (const from of graph.nodes) {
    for (const to of graph.resources) {
      if (from.id === to.id) continue
      for (const port of portsByTarget.get(to.id) ?? []) {
        const verdict = admitConnection(graph, from, to, port)
        if (!verdict.allowed || !verdict.admittedBy) continue
        edges.push({
          from: from.id,
          to: to.id,
          port,
          protocol: verdict.admittedBy.rule.protocol,
          sgId: verdict.admittedBy.sgId,
          ruleIndex: verdict.admittedBy.ruleIndex,
          relays: to.kind !== 'alb' || (to.forwardingPorts ?? []).includes(port),
        })
      }
    }
  }
  return edges
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
