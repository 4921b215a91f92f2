import type { ArchitectureConfig, RuleSource } from '../model'
import { admitConnection, type ConnectionVerdict, type CoveringRule } from './admit-connection'
import { findNearestPath, type Hop } from './find-nearest-path'
import { listReachEdges } from './list-reach-edges'
import { indexEdges, type ListedEdges } from './listed-edges'
import type { PlacedResource } from './place-resources'
import { buildReachGraph, findReachNode, findResource, nameOfGroup, type ReachGraph, type ReachNode } from './reach-graph'

export type ReachabilityAnswer = {
  from: string
  target: string
  port: number
  /** Some chain of allowed connections gets there. */
  reachable: boolean
  /** One connection gets there. */
  direct: boolean
  /** Node ids from `from` to `target` along the nearest chain, or null. */
  path: string[] | null
  hops: Hop[]
  explanation: string
}

/** A graph and its edges, when the caller already built them. */
export type PreparedGraph = { graph: ReachGraph; edges: ListedEdges }

/**
 * Can `from` open a connection to `target` on `port`, directly or through compromised hops?
 * Example (swiftlogix, 'internet' → 'database' on 5432): { reachable: true, direct: false,
 * path: ['internet', 'alb:alb', 'service:order', 'database'], explanation: "The internet cannot reach
 * the database directly on 5432: the database is in the private-db tier (no route to the internet
 * gateway) and RDS-SG admits 5432 only from ECS-SG and Bastion-SG. The nearest path is internet →
 * ALB:443 → order:19505 → database:5432 (an attacker must compromise the ALB target first)." }
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
  const unanswered = { from, target, port, reachable: false, direct: false, path: null, hops: [] }
  if (!source) return { ...unanswered, explanation: `Unknown source "${from}": use ${graph.nodes.map((n) => n.id).join(', ')}.` }
  if (!destination) return { ...unanswered, explanation: `Unknown target "${target}": use ${graph.resources.map((r) => r.id).join(', ')}.` }
  if (source.id === destination.id) return { ...unanswered, explanation: `${capitalise(subjectOf(source))} is the target itself.` }

  const verdict = admitConnection(graph, source, destination, port)
  const hops = findNearestPath(graph, edges, source.id, destination.id, port) ?? []
  const path = hops.length > 0 ? [source.id, ...hops.map((h) => h.to)] : null
  const subject = subjectOf(source)
  const answer = { from: source.id, target: destination.id, port, reachable: hops.length > 0, direct: verdict.allowed, path, hops }
  if (verdict.allowed) {
    const why = `${openingOf(source, destination, port)} and ${nameOfGroup(graph, verdict.admittedBy?.sgId ?? '')} admits ${port} from ${describePeers(graph, verdict.admittedBy ? [verdict.admittedBy] : [])}`
    return { ...answer, explanation: `${capitalise(subject)} can reach ${destination.phrase} directly on ${port}: ${why}.` }
  }
  const blocked = `${capitalise(subject)} cannot reach ${destination.phrase} directly on ${port}: ${describeBlock(graph, source, destination, port, verdict)}.`
  const nearest =
    hops.length > 0
      ? ` The nearest path is ${describeChain(graph, source, hops)}${describeCompromise(graph, hops)}.`
      : ` No chain of allowed connections leads from ${subject} to ${destination.phrase} on ${port}.`
  return { ...answer, explanation: blocked + nearest }
}

function subjectOf(node: ReachNode): string {
  if (node.kind === 'resource') return node.resource.phrase
  return node.principal.isInternet ? 'the internet' : node.id
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Why the connection is open at the network layer. */
function openingOf(source: ReachNode, destination: PlacedResource, port: number): string {
  if (source.kind === 'principal') return destination.exposure
  if (source.resource.kind === 'alb') return `${source.resource.phrase} forwards ${port} to it as a target`
  return 'both are inside the VPC (local route)'
}

/** Every layer that stops the connection, then what would have let it through ("although …"). */
function describeBlock(graph: ReachGraph, source: ReachNode, destination: PlacedResource, port: number, verdict: ConnectionVerdict): string {
  const reasons: string[] = []
  if (!verdict.forwards && source.kind === 'resource') {
    const targets = (source.resource.forwardsTo ?? []).map((t) => `${shortNameOf(graph, t.resource)}:${t.port}`)
    reasons.push(`${source.resource.phrase} forwards only to its targets${targets.length ? ` (${targets.join(', ')})` : ', and it has none'}`)
  }
  if (!verdict.listening) reasons.push(`${destination.phrase} answers only on ${destination.ports.join(', ')}`)
  if (!verdict.networkOpen) reasons.push(destination.exposure)
  const admitting = verdict.covering.filter((c) => c.admitsSource)
  if (verdict.covering.length === 0) {
    reasons.push(`${joinWords(destination.securityGroups.map((id) => nameOfGroup(graph, id)))} ${destination.securityGroups.length > 1 ? 'admit' : 'admits'} nothing on ${port}`)
  } else if (admitting.length === 0) {
    reasons.push(
      groupBySg(verdict.covering)
        .map(([sgId, rules]) => `${nameOfGroup(graph, sgId)} admits ${port} only from ${describePeers(graph, rules)}`)
        .join('; '),
    )
  }
  if (!verdict.egressOpen && source.kind === 'resource') {
    const groups = source.resource.securityGroups.map((id) => nameOfGroup(graph, id))
    reasons.push(`${joinWords(groups)} ${groups.length > 1 ? 'allow' : 'allows'} no outbound ${port} to ${destination.phrase}`)
  }
  const although =
    admitting.length > 0
      ? `, although ${groupBySg(admitting)
          .map(([sgId, rules]) => `${nameOfGroup(graph, sgId)} admits ${port} from ${describePeers(graph, rules)}`)
          .join(' and ')}`
      : ''
  return joinWords(reasons) + although
}

function groupBySg(rules: CoveringRule[]): [string, CoveringRule[]][] {
  const groups = new Map<string, CoveringRule[]>()
  for (const rule of rules) groups.set(rule.sgId, [...(groups.get(rule.sgId) ?? []), rule])
  return [...groups]
}

/** 'ECS-SG and Bastion-SG', '0.0.0.0/0 (Internet)'. */
function describePeers(graph: ReachGraph, rules: CoveringRule[]): string {
  return joinWords([...new Set(rules.map((r) => describePeer(graph, r.rule.peer)))])
}

function describePeer(graph: ReachGraph, peer: RuleSource): string {
  if (peer.kind === 'sg') return nameOfGroup(graph, peer.sgId)
  return peer.label ? `${peer.cidr} (${peer.label})` : peer.cidr
}

/** 'internet → ALB:443 → order:19505 → database:5432'. */
function describeChain(graph: ReachGraph, source: ReachNode, hops: Hop[]): string {
  return [source.id, ...hops.map((h) => `${shortNameOf(graph, h.to)}:${h.port}`)].join(' → ')
}

/**
 * ' (an attacker must compromise the ALB target first)'; ALBs only relay, so they are not
 * compromised. With several steps each is named: 'the ALB ext-alb target web, then the ALB int-alb target was'.
 */
function describeCompromise(graph: ReachGraph, hops: Hop[]): string {
  const steps = hops.slice(0, -1).flatMap((hop) => {
    const node = findResource(graph, hop.to)
    if (!node || node.kind === 'alb') return []
    const previous = findResource(graph, hop.from)
    const alb = previous?.kind === 'alb' ? previous : undefined
    return [{ node, alb }]
  })
  if (steps.length === 0) return hops.length > 1 ? ' (the ALB forwards this traffic by design)' : ''
  const names = steps.map(({ node, alb }) =>
    !alb ? node.phrase : steps.length === 1 ? 'the ALB target' : `the ${alb.shortName} target ${node.shortName}`,
  )
  return ` (an attacker must compromise ${names.join(', then ')} first)`
}

function shortNameOf(graph: ReachGraph, id: string): string {
  return findResource(graph, id)?.shortName ?? id
}

/** ['a'] → 'a'; ['a', 'b', 'c'] → 'a, b and c'. */
function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}
