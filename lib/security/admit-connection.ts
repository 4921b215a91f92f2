import type { RuleSource, SgRule } from '../model'
import { cidrContains, isWorldCidr } from './cidr'
import type { PlacedResource } from './place-resources'
import type { ReachGraph, ReachNode } from './reach-graph'
import { ruleCoversPort } from './rule-ports'

/** An ingress rule on the target that covers the port, and whether it admits this source. */
export type CoveringRule = { sgId: string; ruleIndex: number; rule: SgRule; admitsSource: boolean }

/** Every layer's answer to "may `from` open a connection to `to` on `port`?". */
export type ConnectionVerdict = {
  allowed: boolean
  /** The target answers on the port (managed endpoints answer only on their own ports). */
  listening: boolean
  /** An outside principal needs an internet-addressable target; inside the VPC the local route always exists. */
  networkOpen: boolean
  /** The source's security groups let the connection out. */
  egressOpen: boolean
  /** An ALB source only sends to its own targets on their ports. */
  forwards: boolean
  covering: CoveringRule[]
  /** The first covering rule that admits the source. */
  admittedBy: CoveringRule | null
}

/**
 * Checks one connection against ports, routes, egress and the target's ingress rules.
 * Example (swiftlogix): internet → database on 5432 → { allowed: false, networkOpen: false,
 * covering: [rds-sg#0 from ECS-SG, rds-sg#1 from Bastion-SG], admittedBy: null }.
 */
export function admitConnection(graph: ReachGraph, from: ReachNode, to: PlacedResource, port: number): ConnectionVerdict {
  const covering: CoveringRule[] = listCoveringRules(graph, to, port).map((c) => ({ ...c, admitsSource: peerMatches(c.rule.peer, from) }))
  const admittedBy = covering.find((c) => c.admitsSource) ?? null
  const listening = isListening(to, port)
  const networkOpen = isNetworkOpen(from, to)
  const egressOpen = from.kind === 'resource' ? allowsEgress(graph, from.resource, to, port) : true
  const forwards = isForwarded(from, to, port)
  const allowed = from.id !== to.id && admittedBy !== null && listening && networkOpen && egressOpen && forwards
  return { allowed, listening, networkOpen, egressOpen, forwards, covering, admittedBy }
}

/** The target's ingress rules that cover the port, group by group in rule order. */
export function listCoveringRules(graph: ReachGraph, to: PlacedResource, port: number): Omit<CoveringRule, 'admitsSource'>[] {
  const covering: Omit<CoveringRule, 'admitsSource'>[] = []
  for (const sgId of to.securityGroups) {
    const ingress = graph.securityGroups.get(sgId)?.ingress ?? []
    for (let ruleIndex = 0; ruleIndex < ingress.length; ruleIndex++) {
      const rule = ingress[ruleIndex]!
      if (ruleCoversPort(rule, port)) covering.push({ sgId, ruleIndex, rule })
    }
  }
  return covering
}

export function isListening(to: PlacedResource, port: number): boolean {
  return !to.onlyListedPorts || to.ports.includes(port)
}

export function isNetworkOpen(from: ReachNode, to: PlacedResource): boolean {
  return from.kind === 'principal' ? to.internetAddressable : true
}

function isForwarded(from: ReachNode, to: PlacedResource, port: number): boolean {
  return from.kind === 'resource' && from.resource.kind === 'alb'
    ? (from.resource.forwardsTo ?? []).some((t) => t.resource === to.id && t.port === port)
    : true
}

/** True when the source's groups let any connection out (omitted egress is all outbound). */
export function hasOpenEgress(graph: ReachGraph, source: PlacedResource): boolean {
  return source.securityGroups.some((id) => graph.securityGroups.get(id)?.egress === undefined)
}

/**
 * A rule's peer matches a source that carries the peer group, or whose addresses the CIDR contains.
 * The internet matches only a world rule; a resource never matches through a world rule, because
 * "open to the world" is the internet's edge (see footnote 1).
 */
export function peerMatches(peer: RuleSource, source: ReachNode): boolean {
  if (peer.kind === 'sg') return source.kind === 'resource' && source.resource.securityGroups.includes(peer.sgId)
  // CloudFront's origin-facing servers relay anyone's requests (the design's distribution, or
  // any other), so the internet still arrives, through CloudFront (see footnote 2).
  if (peer.kind === 'prefix-list') return source.kind === 'principal' && source.principal.isInternet
  if (source.kind === 'principal') {
    return source.principal.isInternet ? isWorldCidr(peer.cidr) : source.principal.cidrs.some((c) => cidrContains(peer.cidr, c))
  }
  return !isWorldCidr(peer.cidr) && source.resource.subnets.some((s) => cidrContains(peer.cidr, s.cidr))
}

/** Omitted egress means all outbound (the AWS default); otherwise some egress rule must cover the target. */
export function allowsEgress(graph: ReachGraph, source: PlacedResource, target: PlacedResource, port: number): boolean {
  const groups = source.securityGroups.map((id) => graph.securityGroups.get(id))
  if (groups.some((sg) => sg === undefined || sg.egress === undefined)) return true
  return groups.some((sg) =>
    (sg?.egress ?? []).some((rule) => {
      const peer = rule.peer
      if (!ruleCoversPort(rule, port) || peer.kind === 'prefix-list') return false
      return peer.kind === 'sg'
        ? target.securityGroups.includes(peer.sgId)
        : target.subnets.some((s) => cidrContains(peer.cidr, s.cidr))
    }),
  )
}

// Footnotes
// 1. Inside the VPC a world rule does admit private addresses too, so a task could call an
//    internet-facing ALB. Listing those as tier-to-tier edges would turn every public ALB into a
//    "private-app → public" policy breach; the rule's real exposure is reported once, from the internet.
// 2. The prefix list stops a direct call to the origin, which is what lets a WAF on the distribution
//    hold (CloudFront Developer Guide, "Restrict access to Application Load Balancers"); it does
//    not stop someone else's distribution, for which AWS adds a secret custom header the origin checks.
