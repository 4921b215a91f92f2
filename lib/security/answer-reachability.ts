import type { ArchitectureConfig, RuleSource } from '../model'
import { admitConnection, type ConnectionVerdict, type CoveringRule } from './admit-connection'
import { findNearestPath, type Hop } from './find-nearest-path'
import { listReachEdges } from './list-reach-edges'
import { indexEdges, type ListedEdges } from './listed-edges'
import type { PlacedResource } from './place-resources'
import { buildReachGraph, findReachNode, findResource, nameOfGroup, type ReachGraph, type ReachNode } from './reach-graph'
import type { Block, CompromiseStep, GroupPeers, NearestPath, Opening, Peer, ReachExplanation, ReachSubject } from './security-reasons'

/**
 * How the source gets to the target: in one connection ('direct'); only by taking over what a
 * load balancer passes requests to ('through-application': for the internet and a database, the
 * normal chain of a web application, not a finding); through a host the source reaches in one
 * connection without a load balancer ('through-exposed-host', e.g. a bastion open to the world);
 * or not at all ('none').
 */
export type ReachAccess = 'direct' | 'through-application' | 'through-exposed-host' | 'none'

export type ReachabilityAnswer = {
  from: string
  target: string
  port: number
  /** Some chain of allowed connections gets there. */
  reachable: boolean
  /** One connection gets there. */
  direct: boolean
  access: ReachAccess
  /** For 'through-exposed-host': the first such host, by node id ('bastion'); otherwise null. */
  foothold: string | null
  /** Node ids from `from` to `target` along the nearest chain, or null. */
  path: string[] | null
  hops: Hop[]
  /** Why: every layer that opens or stops the connection, and the nearest path; lib/i18n's catalog words it. */
  explanation: ReachExplanation
}

/** A graph and its edges, when the caller already built them. */
export type PreparedGraph = { graph: ReachGraph; edges: ListedEdges }

/**
 * Can `from` open a connection to `target` on `port`, directly or through compromised hops?
 * Example (swiftlogix, 'internet' → 'database' on 5432): { reachable: true, direct: false,
 * path: ['internet', 'alb:alb', 'service:order', 'database'], explanation: { code: 'security.reach.blocked', … } },
 * which reads "The internet cannot reach the database directly on 5432: the database is in the private-db
 * tier (no route to the internet gateway) and RDS-SG admits 5432 only from ECS-SG and Bastion-SG. The
 * nearest path is internet → ALB:443 → order:19505 → database:5432 (an attacker must compromise the ALB target first)."
 */
export function answerReachability(
  config: ArchitectureConfig,
  from: string,
  target: string,
  port: number,
  prepared?: PreparedGraph,
): ReachabilityAnswer {
  const graph = prepared?.graph ?? buildReachGraph(config)
  const edges = prepared?.edges ?? indexEdges(listReachEdges(graph))
  const source = findReachNode(graph, from)
  const destination = findResource(graph, target)
  const unanswered = { from, target, port, reachable: false, direct: false, access: 'none' as const, foothold: null, path: null, hops: [] }
  if (!source) {
    return { ...unanswered, explanation: { code: 'security.reach.unknown-source', params: { from, known: graph.nodes.map((n) => n.id) } } }
  }
  if (!destination) {
    return { ...unanswered, explanation: { code: 'security.reach.unknown-target', params: { target, known: graph.resources.map((r) => r.id) } } }
  }
  const subject = subjectOf(source)
  if (source.id === destination.id) return { ...unanswered, explanation: { code: 'security.reach.self', params: { subject } } }

  const verdict = admitConnection(graph, source, destination, port)
  const hops = findNearestPath(graph, edges, source.id, destination.id, port) ?? []
  const path = hops.length > 0 ? [source.id, ...hops.map((h) => h.to)] : null
  const foothold = verdict.allowed || hops.length === 0 ? null : findFoothold(graph, edges, source.id, destination.id, port)
  const access: ReachAccess = verdict.allowed ? 'direct' : hops.length === 0 ? 'none' : foothold ? 'through-exposed-host' : 'through-application'
  const answer = { from: source.id, target: destination.id, port, reachable: hops.length > 0, direct: verdict.allowed, access, foothold, path, hops }
  if (verdict.allowed) {
    const group = nameOfGroup(graph, verdict.admittedBy?.sgId ?? '')
    const peers = verdict.admittedBy ? describePeers(graph, [verdict.admittedBy]) : []
    return {
      ...answer,
      explanation: {
        code: 'security.reach.direct',
        params: { subject, target: destination.phrase, port, opening: openingOf(source, destination, port), group, peers },
      },
    }
  }
  const admitting = verdict.covering.filter((c) => c.admitsSource)
  const nearest: NearestPath =
    hops.length > 0 ? { chain: describeChain(graph, source, hops), ...describeCompromise(graph, hops) } : null
  return {
    ...answer,
    explanation: {
      code: 'security.reach.blocked',
      params: {
        subject,
        target: destination.phrase,
        port,
        blocks: describeBlock(graph, source, destination, port, verdict),
        although: groupPeers(graph, admitting),
        nearest,
      },
    },
  }
}

/**
 * A resource other than a load balancer that the source opens in one connection and from which the
 * target can be reached: a foothold that skips the application chain. Null when every way in
 * starts at a load balancer. Example: a bastion open to 0.0.0.0/0 on 22 whose group the database
 * admits → 'bastion'.
 */
function findFoothold(graph: ReachGraph, edges: ListedEdges, sourceId: string, targetId: string, port: number): string | null {
  const target = findResource(graph, targetId)
  if (!target) return null
  const entered = new Set((edges.bySource.get(sourceId) ?? []).map((e) => e.to))
  const candidates = [...entered].filter((id) => id !== targetId && findResource(graph, id)?.kind !== 'alb')
  if (candidates.length === 0) return null
  const leading = nodesLeadingTo(graph, edges, target, port)
  return candidates.find((id) => leading.has(id)) ?? null
}

/**
 * Every node from which a chain of relaying connections ends on the target at `port`, as
 * findNearestPath would find one: one backward search from the nodes the target admits, instead of
 * a forward search per candidate (at the schema's limits that was hundreds of searches).
 */
function nodesLeadingTo(graph: ReachGraph, edges: ListedEdges, target: PlacedResource, port: number): Set<string> {
  const leading = new Set<string>()
  const queue: string[] = []
  for (const node of graph.nodes) {
    if (node.id === target.id) continue
    const verdict = admitConnection(graph, node, target, port)
    if (verdict.allowed && verdict.admittedBy) {
      leading.add(node.id)
      queue.push(node.id)
    }
  }
  const fromByTo = new Map<string, string[]>()
  for (const edge of edges.all) {
    if (!edge.relays) continue
    const list = fromByTo.get(edge.to)
    if (list) list.push(edge.from)
    else fromByTo.set(edge.to, [edge.from])
  }
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const from of fromByTo.get(id) ?? []) {
      if (from === target.id || leading.has(from)) continue
      leading.add(from)
      queue.push(from)
    }
  }
  return leading
}

function subjectOf(node: ReachNode): ReachSubject {
  if (node.kind === 'resource') return node.resource.phrase
  return node.principal.isInternet ? { code: 'security.subject.internet', params: {} } : { code: 'security.subject.principal', params: { id: node.id } }
}

/** Why the connection is open at the network layer. */
function openingOf(source: ReachNode, destination: PlacedResource, port: number): Opening {
  if (source.kind === 'principal') return destination.exposure
  if (source.resource.kind === 'alb') return { code: 'security.opening.alb-forwards', params: { alb: source.resource.phrase, port } }
  return { code: 'security.opening.local', params: {} }
}

/** Every layer that stops the connection; what would have let it through is the answer's `although`. */
function describeBlock(graph: ReachGraph, source: ReachNode, destination: PlacedResource, port: number, verdict: ConnectionVerdict): Block[] {
  const blocks: Block[] = []
  if (!verdict.forwards && source.kind === 'resource') {
    const targets = (source.resource.forwardsTo ?? []).map((t) => `${shortNameOf(graph, t.resource)}:${t.port}`)
    blocks.push({ code: 'security.block.forwards-only', params: { resource: source.resource.phrase, targets } })
  }
  if (!verdict.listening) blocks.push({ code: 'security.answers-only', params: { resource: destination.phrase, ports: destination.ports } })
  if (!verdict.networkOpen) blocks.push(destination.exposure)
  const admitting = verdict.covering.filter((c) => c.admitsSource)
  if (verdict.covering.length === 0) {
    blocks.push({ code: 'security.block.no-rule', params: { groups: destination.securityGroups.map((id) => nameOfGroup(graph, id)), port } })
  } else if (admitting.length === 0) {
    blocks.push({ code: 'security.block.admits-only', params: { port, groups: groupPeers(graph, verdict.covering) } })
  }
  if (!verdict.egressOpen && source.kind === 'resource') {
    const groups = source.resource.securityGroups.map((id) => nameOfGroup(graph, id))
    blocks.push({ code: 'security.block.no-egress', params: { groups, port, target: destination.phrase } })
  }
  return blocks
}

/** Covering rules by security group, each group with the peers its rules admit. */
function groupPeers(graph: ReachGraph, rules: CoveringRule[]): GroupPeers[] {
  const groups = new Map<string, CoveringRule[]>()
  for (const rule of rules) groups.set(rule.sgId, [...(groups.get(rule.sgId) ?? []), rule])
  return [...groups].map(([sgId, covering]) => ({ group: nameOfGroup(graph, sgId), peers: describePeers(graph, covering) }))
}

function describePeers(graph: ReachGraph, rules: CoveringRule[]): Peer[] {
  return rules.map((r) => describePeer(graph, r.rule.peer))
}

function describePeer(graph: ReachGraph, peer: RuleSource): Peer {
  if (peer.kind === 'sg') return { group: nameOfGroup(graph, peer.sgId) }
  if (peer.kind === 'prefix-list') return { prefixList: peer.name }
  return peer.label ? { cidr: peer.cidr, label: peer.label } : { cidr: peer.cidr }
}

/** ['internet', 'ALB:443', 'order:19505', 'database:5432']. */
function describeChain(graph: ReachGraph, source: ReachNode, hops: Hop[]): string[] {
  return [source.id, ...hops.map((h) => `${shortNameOf(graph, h.to)}:${h.port}`)]
}

/**
 * Whom an attacker must compromise first; ALBs only relay, so they are not compromised. With several
 * steps each is named ('the ALB ext-alb target web, then …'); with none on a longer path the ALB
 * forwards the traffic by design.
 */
function describeCompromise(graph: ReachGraph, hops: Hop[]): { compromise: CompromiseStep[]; relayedByAlb: boolean } {
  const steps = hops.slice(0, -1).flatMap((hop) => {
    const node = findResource(graph, hop.to)
    if (!node || node.kind === 'alb') return []
    const previous = findResource(graph, hop.from)
    const alb = previous?.kind === 'alb' ? previous : undefined
    return [{ node, alb }]
  })
  const compromise = steps.map(({ node, alb }): CompromiseStep =>
    !alb ? { resource: node.phrase } : steps.length === 1 ? { albTarget: true } : { alb: alb.shortName, target: node.shortName },
  )
  return { compromise, relayedByAlb: steps.length === 0 && hops.length > 1 }
}

function shortNameOf(graph: ReachGraph, id: string): string {
  return findResource(graph, id)?.shortName ?? id
}
