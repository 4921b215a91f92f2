import type { ReachEdge, SecurityAssessment } from '@/lib/security'
import type { TopoEdge, Topology } from '@/lib/topology'
import type { GlowTone } from './flow-types'

/** What a highlight lens lights up; everything else is dimmed. */
export type Emphasised = {
  tone: GlowTone
  nodes: ReadonlyMap<string, 'strong' | 'soft'>
  edges: ReadonlyMap<string, 'strong' | 'soft'>
  /** Node id → 1-based step along the database path. */
  steps: ReadonlyMap<string, number>
  /** Node id → ports the internet opens on it directly. */
  internetPorts: ReadonlyMap<string, number[]>
}

type Level = 'strong' | 'soft'

/** A security-engine connection and the sg-rule edge the topology draws for the same rule. */
function sgEdgeKey(source: string, target: string, sgId: string, ruleIndex: unknown): string {
  return `${sgId}#${String(ruleIndex)}#${source}->${target}`
}

function indexSgEdges(topology: Topology): Map<string, TopoEdge> {
  return new Map(topology.edges.filter((e) => e.kind === 'sg-rule').map((e) => [sgEdgeKey(e.source, e.target, e.sgId ?? '', e.data.ruleIndex), e]))
}

function topoEdgeOf(index: ReadonlyMap<string, TopoEdge>, edge: ReachEdge): TopoEdge | undefined {
  return index.get(sgEdgeKey(edge.from, edge.to, edge.sgId, edge.ruleIndex))
}

function raise(map: Map<string, Level>, id: string, level: Level) {
  if (map.get(id) !== 'strong') map.set(id, level)
}

/** Traffic and route lines light up when both their ends do, as loudly as the quieter end. */
function lightConnectingEdges(topology: Topology, nodes: ReadonlyMap<string, Level>, edges: Map<string, Level>, kinds: readonly TopoEdge['kind'][]) {
  for (const edge of topology.edges) {
    if (!kinds.includes(edge.kind) || edges.has(edge.id)) continue
    const a = nodes.get(edge.source)
    const b = nodes.get(edge.target)
    if (a && b) edges.set(edge.id, a === 'strong' && b === 'strong' ? 'strong' : 'soft')
  }
}

/**
 * The internet lens: what the internet opens in one connection glows strongly (with the
 * internet gateway and the subnet tier it enters through), and what it reaches through a
 * compromised hop glows softly. Connections come from the security engine, so the lens shows
 * what the rules, routes and egress together allow, not just what a rule mentions.
 * Example (swiftlogix): internet, igw, the public subnets and alb:alb strong; the three services
 * and the database soft, because the ALB forwards to the services and they reach the database.
 */
export function emphasiseInternet(topology: Topology, security: SecurityAssessment): Emphasised {
  const index = indexSgEdges(topology)
  const nodes = new Map<string, Level>()
  const edges = new Map<string, Level>()
  const internetPorts = new Map<string, number[]>()
  const ids = new Set(topology.nodes.map((n) => n.id))

  for (const exposure of security.internetReachable) {
    internetPorts.set(exposure.target, [...(internetPorts.get(exposure.target) ?? []), exposure.port])
    for (const step of exposure.path) {
      if (ids.has(step)) raise(nodes, step, 'strong')
      // 'subnet:public' names a tier; every subnet group of that tier is where the internet enters.
      const tier = step.startsWith('subnet:') ? step.slice('subnet:'.length) : null
      if (tier) for (const n of topology.nodes) if (n.kind === 'subnet-group' && n.tier === tier) raise(nodes, n.id, 'strong')
    }
  }

  // Breadth-first from the internet; a connection that only redirects (relays: false) ends there.
  const reached = new Set<string>(['internet'])
  let frontier = ['internet']
  while (frontier.length > 0) {
    const next: string[] = []
    for (const edge of security.edges) {
      if (!frontier.includes(edge.from)) continue
      const direct = edge.from === 'internet'
      const drawn = topoEdgeOf(index, edge)
      if (drawn) raise(edges, drawn.id, direct ? 'strong' : 'soft')
      if (ids.has(edge.to)) raise(nodes, edge.to, direct ? 'strong' : 'soft')
      if (edge.relays && !reached.has(edge.to)) {
        reached.add(edge.to)
        next.push(edge.to)
      }
    }
    frontier = next
  }
  if (nodes.size > 0 && ids.has('internet')) raise(nodes, 'internet', 'strong')
  lightConnectingEdges(topology, nodes, edges, ['route', 'traffic'])
  return { tone: 'amber', nodes, edges, steps: new Map(), internetPorts }
}

/**
 * The database lens: the nearest chain the security engine found from the internet to the
 * database, numbered hop by hop. With no chain only the database itself is lit.
 * Example (swiftlogix): internet 1 → alb:alb 2 → service:order 3 → database 4, over the
 * TCP 443, TCP 19505 and TCP 5432 rules.
 */
export function emphasiseDbPath(topology: Topology, security: SecurityAssessment): Emphasised {
  const index = indexSgEdges(topology)
  const question = security.dbQuestion
  const nodes = new Map<string, Level>()
  const edges = new Map<string, Level>()
  const steps = new Map<string, number>()
  const ids = new Set(topology.nodes.map((n) => n.id))

  ;(question.path ?? []).forEach((id, i) => {
    if (!ids.has(id)) return
    nodes.set(id, 'strong')
    steps.set(id, i + 1)
  })
  if (!question.path && ids.has(question.target)) nodes.set(question.target, 'soft')

  for (const hop of question.hops) {
    const allowed = security.edges.find((e) => e.from === hop.from && e.to === hop.to && e.port === hop.port && e.sgId === hop.sgId)
    const drawn = allowed ? topoEdgeOf(index, allowed) : undefined
    if (drawn) edges.set(drawn.id, 'strong')
    const traffic = topology.edges.find((e) => e.kind === 'traffic' && e.source === hop.from && e.target === hop.to)
    if (traffic) edges.set(traffic.id, 'strong')
  }
  return { tone: 'rose', nodes, edges, steps, internetPorts: new Map() }
}

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
