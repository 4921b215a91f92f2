import { listTexts, listWords, text, type Text } from '../explain/text'
import type { ArchitectureConfig, RuleSource } from '../model'
import { withJosa } from '../narrative/josa'
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
  /** The explanation in Korean; read either language through reachabilityText in lib/i18n/engine-text.ts. */
  ko: { explanation: string }
}

/** A graph and its edges, when the caller already built them. */
export type PreparedGraph = { graph: ReachGraph; edges: ListedEdges }

/**
 * Can `from` open a connection to `target` on `port`, directly or through compromised hops?
 * Example (swiftlogix, 'internet' → 'database' on 5432): { reachable: true, direct: false,
 * path: ['internet', 'alb:alb', 'service:order', 'database'], explanation: "The internet cannot reach
 * the database directly on 5432: the database is in the private-db tier (no route to the internet
 * gateway) and RDS-SG admits 5432 only from ECS-SG and Bastion-SG. The nearest path is internet →
 * ALB:443 → order:19505 → database:5432 (an attacker must compromise the ALB target first).",
 * ko: { explanation: "인터넷에서 데이터베이스에 포트 5432로 직접 접속할 수 없습니다: … 가장 가까운 경로는 …입니다." } }
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
  const explain = (says: Text) => ({ explanation: says.en, ko: { explanation: says.ko } })
  if (!source) {
    const known = graph.nodes.map((n) => n.id).join(', ')
    return { ...unanswered, ...explain(text(`Unknown source "${from}": use ${known}.`, `알 수 없는 출발지 "${from}"입니다. 다음 중 하나를 쓰세요: ${known}.`)) }
  }
  if (!destination) {
    const known = graph.resources.map((r) => r.id).join(', ')
    return { ...unanswered, ...explain(text(`Unknown target "${target}": use ${known}.`, `알 수 없는 대상 "${target}"입니다. 다음 중 하나를 쓰세요: ${known}.`)) }
  }
  const subject = subjectOf(source)
  if (source.id === destination.id) {
    return { ...unanswered, ...explain(text(`${capitalise(subject.en)} is the target itself.`, `${withJosa(subject.ko, '이/가')} 바로 대상 자신입니다.`)) }
  }

  const verdict = admitConnection(graph, source, destination, port)
  const hops = findNearestPath(graph, edges, source.id, destination.id, port) ?? []
  const path = hops.length > 0 ? [source.id, ...hops.map((h) => h.to)] : null
  const dest = phraseOf(destination)
  const answer = { from: source.id, target: destination.id, port, reachable: hops.length > 0, direct: verdict.allowed, path, hops }
  if (verdict.allowed) {
    const opening = openingOf(source, destination, port)
    const group = nameOfGroup(graph, verdict.admittedBy?.sgId ?? '')
    const peers = describePeers(graph, verdict.admittedBy ? [verdict.admittedBy] : [])
    return {
      ...answer,
      ...explain(
        text(
          `${capitalise(subject.en)} can reach ${dest.en} directly on ${port}: ${opening.en} and ${group} admits ${port} from ${peers.en}.`,
          `${subject.ko}에서 ${dest.ko}에 포트 ${withJosa(String(port), '으로/로')} 직접 접속할 수 있습니다: ${opening.ko}, ${withJosa(group, '이/가')} ${peers.ko}에서 오는 포트 ${withJosa(String(port), '을/를')} 허용함.`,
        ),
      ),
    }
  }
  const block = describeBlock(graph, source, destination, port, verdict)
  const blocked = text(
    `${capitalise(subject.en)} cannot reach ${dest.en} directly on ${port}: ${block.reasons.en}${block.although.en}.`,
    `${subject.ko}에서 ${dest.ko}에 포트 ${withJosa(String(port), '으로/로')} 직접 접속할 수 없습니다: ${block.reasons.ko}.${block.although.ko}`,
  )
  const nearest =
    hops.length > 0
      ? (() => {
          const chain = describeChain(graph, source, hops)
          const compromise = describeCompromise(graph, hops)
          return text(` The nearest path is ${chain}${compromise.en}.`, ` 가장 가까운 경로는 ${chain}입니다${compromise.ko}.`)
        })()
      : text(
          ` No chain of allowed connections leads from ${subject.en} to ${dest.en} on ${port}.`,
          ` ${subject.ko}에서 ${dest.ko}까지 포트 ${withJosa(String(port), '으로/로')} 이어지는 허용된 연결 경로가 없습니다.`,
        )
  return { ...answer, ...explain(text(blocked.en + nearest.en, blocked.ko + nearest.ko)) }
}

function phraseOf(resource: PlacedResource): Text {
  return text(resource.phrase, resource.ko.phrase)
}

function subjectOf(node: ReachNode): Text {
  if (node.kind === 'resource') return phraseOf(node.resource)
  return node.principal.isInternet ? text('the internet', '인터넷') : text(node.id, node.id)
}

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** Why the connection is open at the network layer; the Korean is a noun-ending clause. */
function openingOf(source: ReachNode, destination: PlacedResource, port: number): Text {
  if (source.kind === 'principal') return text(destination.exposure, destination.ko.exposure)
  if (source.resource.kind === 'alb') {
    return text(
      `${source.resource.phrase} forwards ${port} to it as a target`,
      `${withJosa(source.resource.ko.phrase, '이/가')} 대상(target)인 이곳으로 포트 ${withJosa(String(port), '을/를')} 전달함`,
    )
  }
  return text('both are inside the VPC (local route)', '둘 다 VPC 안에 있음(로컬 경로)')
}

/**
 * Every layer that stops the connection, then what would have let it through: in English one clause
 * ("…, although …"), in Korean a second sentence ("…허용하기는 합니다.").
 */
function describeBlock(
  graph: ReachGraph,
  source: ReachNode,
  destination: PlacedResource,
  port: number,
  verdict: ConnectionVerdict,
): { reasons: Text; although: Text } {
  const reasons: Text[] = []
  const dest = phraseOf(destination)
  const portObject = withJosa(String(port), '을/를')
  if (!verdict.forwards && source.kind === 'resource') {
    const targets = (source.resource.forwardsTo ?? []).map((t) => `${shortNameOf(graph, t.resource)}:${t.port}`)
    const src = phraseOf(source.resource)
    reasons.push(
      text(
        `${src.en} forwards only to its targets${targets.length ? ` (${targets.join(', ')})` : ', and it has none'}`,
        targets.length ? `${withJosa(src.ko, '은/는')} 자신의 대상(${targets.join(', ')})으로만 전달함` : `${withJosa(src.ko, '은/는')} 자신의 대상으로만 전달하는데 대상이 없음`,
      ),
    )
  }
  if (!verdict.listening) {
    const ports = destination.ports.join(', ')
    reasons.push(text(`${dest.en} answers only on ${ports}`, `${withJosa(dest.ko, '은/는')} 포트 ${ports}에서만 응답함`))
  }
  if (!verdict.networkOpen) reasons.push(text(destination.exposure, destination.ko.exposure))
  const admitting = verdict.covering.filter((c) => c.admitsSource)
  if (verdict.covering.length === 0) {
    const groups = destination.securityGroups.map((id) => nameOfGroup(graph, id))
    reasons.push(
      text(
        `${listWords(groups).en} ${groups.length > 1 ? 'admit' : 'admits'} nothing on ${port}`,
        groups.length === 0 ? `포트 ${port}에서 허용하는 보안 그룹 규칙이 없음` : `${withJosa(groups.join(', '), '이/가')} 포트 ${port}에서 아무것도 허용하지 않음`,
      ),
    )
  } else if (admitting.length === 0) {
    const bySg = groupBySg(verdict.covering)
    reasons.push(
      text(
        bySg.map(([sgId, rules]) => `${nameOfGroup(graph, sgId)} admits ${port} only from ${describePeers(graph, rules).en}`).join('; '),
        bySg.map(([sgId, rules]) => `${withJosa(nameOfGroup(graph, sgId), '이/가')} 포트 ${portObject} ${describePeers(graph, rules).ko}에서만 허용함`).join('; '),
      ),
    )
  }
  if (!verdict.egressOpen && source.kind === 'resource') {
    const groups = source.resource.securityGroups.map((id) => nameOfGroup(graph, id))
    reasons.push(
      text(
        `${listWords(groups).en} ${groups.length > 1 ? 'allow' : 'allows'} no outbound ${port} to ${dest.en}`,
        `${groups.join(', ')}의 아웃바운드 규칙이 ${withJosa(dest.ko, '으로/로')} 가는 포트 ${portObject} 허용하지 않음`,
      ),
    )
  }
  const admitted = groupBySg(admitting)
  const although =
    admitting.length > 0
      ? text(
          `, although ${admitted.map(([sgId, rules]) => `${nameOfGroup(graph, sgId)} admits ${port} from ${describePeers(graph, rules).en}`).join(' and ')}`,
          ` ${admitted.map(([sgId, rules]) => `${withJosa(nameOfGroup(graph, sgId), '이/가')} ${describePeers(graph, rules).ko}에서 오는 포트 ${portObject}`).join(', ')} 허용하기는 합니다.`,
        )
      : text('', '')
  return { reasons: listTexts(reasons), although }
}

function groupBySg(rules: CoveringRule[]): [string, CoveringRule[]][] {
  const groups = new Map<string, CoveringRule[]>()
  for (const rule of rules) groups.set(rule.sgId, [...(groups.get(rule.sgId) ?? []), rule])
  return [...groups]
}

/** 'ECS-SG and Bastion-SG', '0.0.0.0/0 (Internet)'; in Korean 'ECS-SG, Bastion-SG', '0.0.0.0/0(Internet)'. */
function describePeers(graph: ReachGraph, rules: CoveringRule[]): Text {
  const peers = [...new Map(rules.map((r) => describePeer(graph, r.rule.peer)).map((p) => [p.en, p])).values()]
  return listTexts(peers)
}

function describePeer(graph: ReachGraph, peer: RuleSource): Text {
  if (peer.kind === 'sg') return text(nameOfGroup(graph, peer.sgId), nameOfGroup(graph, peer.sgId))
  return peer.label ? text(`${peer.cidr} (${peer.label})`, `${peer.cidr}(${peer.label})`) : text(peer.cidr, peer.cidr)
}

/** 'internet → ALB:443 → order:19505 → database:5432'. */
function describeChain(graph: ReachGraph, source: ReachNode, hops: Hop[]): string {
  return [source.id, ...hops.map((h) => `${shortNameOf(graph, h.to)}:${h.port}`)].join(' → ')
}

/**
 * ' (an attacker must compromise the ALB target first)'; ALBs only relay, so they are not
 * compromised. With several steps each is named: 'the ALB ext-alb target web, then the ALB int-alb target was'.
 * Korean: '(공격자가 먼저 ALB 대상을 장악해야 함)'.
 */
function describeCompromise(graph: ReachGraph, hops: Hop[]): Text {
  const steps = hops.slice(0, -1).flatMap((hop) => {
    const node = findResource(graph, hop.to)
    if (!node || node.kind === 'alb') return []
    const previous = findResource(graph, hop.from)
    const alb = previous?.kind === 'alb' ? previous : undefined
    return [{ node, alb }]
  })
  if (steps.length === 0) return hops.length > 1 ? text(' (the ALB forwards this traffic by design)', '(ALB는 설계대로 이 트래픽을 전달함)') : text('', '')
  const names = steps.map(({ node, alb }) =>
    !alb
      ? phraseOf(node)
      : steps.length === 1
        ? text('the ALB target', 'ALB 대상')
        : text(`the ${alb.shortName} target ${node.shortName}`, `${alb.shortName}의 대상 ${node.shortName}`),
  )
  return text(
    ` (an attacker must compromise ${names.map((n) => n.en).join(', then ')} first)`,
    `(공격자가 먼저 ${withJosa(names.map((n) => n.ko).join(', 그다음 '), '을/를')} 장악해야 함)`,
  )
}

function shortNameOf(graph: ReachGraph, id: string): string {
  return findResource(graph, id)?.shortName ?? id
}
