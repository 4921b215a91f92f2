import { sayTopology } from '@/lib/i18n/catalog/say-topology'
import type { Locale } from '@/lib/i18n/locale'
import { summarisePortRun, TOPOLOGY_NODE_SIZE, type TopoEdge, type TopoNode, type Topology } from '@/lib/topology'
import { absoluteRects, type Rect } from './absolute-rects'
import { topologyUi } from './topology-ui'
import type { Emphasised } from './emphasise-reach'
import type { EdgePill, Emphasis, GlowTone, PillItem, TopoFlowEdge, TopoFlowNode, TopoFlowNodeType } from './flow-types'
import { midpointOf, roundedPath, type Route, type Side } from './route-edge'
import { routesOf } from './routing/route-topology'

const GROUP_KINDS = new Set<TopoNode['kind']>(['region', 'vpc', 'az', 'subnet-group'])
const OUTSIDE_KINDS = new Set<TopoNode['kind']>(['external', 'cloudfront', 'waf', 'route53'])

/**
 * Stacking, set by hand (zIndexMode 'manual'): nested frames at the bottom, lines above the
 * frames, boxes above the lines so a line never crosses a label, pills (z 20, in the edge) on top.
 */
const GROUP_Z: Partial<Record<TopoNode['kind'], number>> = { region: 0, vpc: 1, az: 2, 'subnet-group': 3 }
const LEAF_Z = 10
const EDGE_Z: Record<Emphasis, number> = { dim: 4, none: 5, soft: 6, strong: 7 }
const RANK: Record<Emphasis, number> = { dim: 0, none: 1, soft: 2, strong: 3 }

/** More distinct port labels than this on one pill are summarised ('TCP 8080–8086') when contiguous. */
const LIST_UP_TO = 2

/**
 * React Flow focuses its own wrapper and its stylesheet removes that wrapper's outline, so the
 * wrapper is a Tailwind `group` and the custom node draws the ring (group-focus-visible).
 */
const NODE_CLASS = 'group'

function nodeTypeOf(node: TopoNode): TopoFlowNodeType {
  if (node.collapsed) return 'summary'
  if (GROUP_KINDS.has(node.kind)) return 'frame'
  return OUTSIDE_KINDS.has(node.kind) ? 'external' : 'resource'
}

/** A box lines route around and end at: a resource, an outside box or a collapsed group's summary. */
function isBox(node: TopoNode): boolean {
  return !GROUP_KINDS.has(node.kind) || Boolean(node.collapsed)
}

/** Text on a pill, in the reader's language: a merged line says how many rules it stands for. */
function pillTextOf(edge: TopoEdge, locale: Locale): string {
  const count = edge.members?.length ?? 1
  const label = sayTopology(locale, edge.label)
  return count > 1 ? `${label} ×${count}` : label
}

function isLit(emphasis: Emphasis): boolean {
  return emphasis === 'strong' || emphasis === 'soft'
}

function louder(a: Emphasis, b: Emphasis): Emphasis {
  return RANK[a] >= RANK[b] ? a : b
}

type NodeMarks = {
  emphasised: Emphasised | null
  singlePoints: ReadonlySet<string>
  selectedNodeId: string | null
  /** Search hits (ids drawn in this view), or null when nobody searches. */
  matches?: ReadonlySet<string> | null
  /** The hit the view centres on. */
  currentMatch?: string | null
  /** Boxes a port or security-group filter leaves out, drawn faded; null when no filter is on. */
  unfiltered?: ReadonlySet<string> | null
  /** The language of the boxes' accessible names; English when left out. */
  locale?: Locale
  /** The AZ an AZ-outage overlay takes down: its frame and every box in it are marked. */
  failedAz?: string | null
}

/** Engine boxes → React Flow nodes, positions and sizes untouched. */
export function buildFlowNodes(topology: Topology, marks: NodeMarks): TopoFlowNode[] {
  const { emphasised, singlePoints, selectedNodeId, matches = null, currentMatch = null, unfiltered = null, locale = 'en', failedAz = null } = marks
  // React Flow announces every node as a "node"; a screen reader hears the catalog's word instead.
  const domAttributes = { 'aria-roledescription': topologyUi(locale)('topology-ui.node-role') }
  return topology.nodes.map((topo) => {
    const group = !isBox(topo)
    const size = topo.size ?? TOPOLOGY_NODE_SIZE
    // A service's box in another AZ lights, fades and matches with its first box, which the lens,
    // the search and the lines know by the service's id.
    const subject = typeof topo.data.replicaOf === 'string' ? topo.data.replicaOf : topo.id
    const level = emphasised?.nodes.get(subject)
    // Frames are the map, not the subject: a lens never dims them. A search or filter fades
    // every box it leaves out, whatever the lens says.
    const lensEmphasis: Emphasis = level ?? (emphasised && !group ? 'dim' : 'none')
    const faded = !group && ((matches !== null && !matches.has(subject)) || (unfiltered?.has(subject) ?? false))
    const emphasis: Emphasis = faded ? 'dim' : lensEmphasis
    return {
      id: topo.id,
      type: nodeTypeOf(topo),
      position: topo.position,
      ...(topo.parentId ? { parentId: topo.parentId, extent: 'parent' as const } : {}),
      width: size.width,
      height: size.height,
      zIndex: group ? (GROUP_Z[topo.kind] ?? LEAF_Z) : LEAF_Z,
      selected: topo.id === selectedNodeId,
      draggable: false,
      connectable: false,
      className: NODE_CLASS,
      ariaLabel: [topo.label, topo.sublabel].flatMap((text) => (text ? [sayTopology(locale, text)] : [])).join(', '),
      domAttributes,
      data: {
        topo,
        emphasis,
        tone: level ? (emphasised?.tone ?? null) : null,
        pathStep: emphasised?.steps.get(topo.id) ?? null,
        internetPorts: emphasised?.internetPorts.get(topo.id) ?? [],
        singlePointOfFailure: singlePoints.has(topo.id),
        match: matches?.has(subject) ? (topo.id === currentMatch ? 'current' : 'other') : null,
        failed: failedAz !== null && topo.az === failedAz,
      },
    }
  })
}

/** 'TCP 8081' after 'TCP 8080' → hidden 'TCP ', shown '8081'. */
function splitLabel(text: string, previous: string | undefined): Pick<PillItem, 'hiddenPrefix' | 'shown'> {
  const space = text.indexOf(' ')
  const prefix = space > 0 ? text.slice(0, space + 1) : ''
  if (prefix && previous?.startsWith(prefix)) return { hiddenPrefix: prefix, shown: text.slice(prefix.length) }
  return { hiddenPrefix: '', shown: text }
}

function pillAnchor(target: Rect, entry: Side): Pick<EdgePill, 'x' | 'y' | 'anchor'> {
  const x = target.x + target.width / 2
  const y = target.y + target.height / 2
  if (entry === 'top') return { x, y: target.y, anchor: 'top' }
  if (entry === 'bottom') return { x, y: target.y + target.height, anchor: 'bottom' }
  if (entry === 'left') return { x: target.x, y, anchor: 'left' }
  return { x: target.x + target.width, y, anchor: 'right' }
}

/** One pill for every sg-rule edge entering one side of one box. */
function entryPill(edges: TopoEdge[], target: Rect, entry: Side, emphasisOf: (id: string) => Emphasis, labelOf: (id: string) => string, lens: GlowTone | null, locale: Locale): EdgePill {
  const pillText = (edge: TopoEdge) => pillTextOf(edge, locale)
  const texts = [...new Set(edges.map(pillText))]
  // A merged line ('TCP 5432 ×50') is not one port of a run.
  const run = texts.length > LIST_UP_TO && edges.every((e) => (e.members?.length ?? 1) === 1) ? summarisePortRun(edges) : null
  const summary = run ? sayTopology(locale, run) : null
  const compact = texts.length > LIST_UP_TO
  const textEmphasis = new Map(texts.map((t) => [t, edges.filter((e) => pillText(e) === t).map((e) => emphasisOf(e.id)).reduce(louder, 'dim' as Emphasis)]))
  const shownFirst = new Set<string>()
  const items = edges.map((edge): PillItem => {
    const text = pillText(edge)
    const first = !shownFirst.has(text)
    shownFirst.add(text)
    const previous = texts[texts.indexOf(text) - 1]
    return {
      edgeId: edge.id,
      text,
      ...(compact ? splitLabel(text, previous) : { hiddenPrefix: '', shown: text }),
      visible: first && !summary,
      emphasis: textEmphasis.get(text) ?? 'none',
    }
  })
  // The visible items first, in the order of their texts, so the pill reads 'TCP 80 TCP 443'.
  items.sort((a, b) => Number(b.visible) - Number(a.visible) || texts.indexOf(a.text) - texts.indexOf(b.text))
  const ui = topologyUi(locale)
  const groupsOf = (e: TopoEdge) => String(e.data.sgName ?? e.sgId ?? (e.data.sgNames as string[] | undefined)?.join(', ') ?? '')
  const title = edges.map((e) => ui('topology-ui.pill-title', { ports: pillText(e), from: labelOf(e.source), groups: groupsOf(e) })).join('\n')
  const emphasis = items.map((i) => i.emphasis).reduce(louder, 'dim')
  return { kind: 'sg-rule', ...pillAnchor(target, entry), summary, items, emphasis, tone: isLit(emphasis) ? lens : null, title }
}

/**
 * Engine edges → React Flow edges, each routed around the boxes. Every sg-rule edge entering
 * the same side of the same box shares one pill, drawn by the first of them; a traffic line
 * that runs along an sg-rule line keeps quiet, since the rule already names the port. Lines in
 * `faded` (a search leaves them out) are drawn dim whatever the lens says.
 */
export function buildFlowEdges(topology: Topology, emphasised: Emphasised | null, faded: ReadonlySet<string> | null = null, locale: Locale = 'en'): TopoFlowEdge[] {
  const rects = absoluteRects(topology)
  const labels = new Map(topology.nodes.map((n) => [n.id, sayTopology(locale, n.label)]))
  const labelOf = (id: string) => labels.get(id) ?? id
  const emphasisOf = (id: string): Emphasis => (faded?.has(id) ? 'dim' : (emphasised?.edges.get(id) ?? (emphasised ? 'dim' : 'none')))
  const lens = emphasised?.tone ?? null

  const routes = routesOf(topology)

  const sgPairs = new Set(topology.edges.filter((e) => e.kind === 'sg-rule').map((e) => `${e.source}->${e.target}`))
  const entries = new Map<string, TopoEdge[]>()
  for (const edge of topology.edges) {
    if (edge.kind !== 'sg-rule') continue
    const key = `${edge.target}|${routes.get(edge.id)?.entry ?? 'top'}`
    entries.set(key, [...(entries.get(key) ?? []), edge])
  }

  const pillOf = (edge: TopoEdge, route: Route | undefined): EdgePill | null => {
    const target = rects.get(edge.target)
    if (!route || !target) return null
    if (edge.kind === 'sg-rule') {
      const group = entries.get(`${edge.target}|${route.entry}`) ?? [edge]
      return group[0]?.id === edge.id ? entryPill(group, target, route.entry, emphasisOf, labelOf, lens, locale) : null
    }
    // Routes all read 0.0.0.0/0 (the key says so); traffic along a rule line is already labelled.
    if (edge.kind === 'route' || sgPairs.has(`${edge.source}->${edge.target}`)) return null
    const at = midpointOf(route.points)
    const emphasis = emphasisOf(edge.id)
    const text = sayTopology(locale, edge.label)
    const item: PillItem = { edgeId: edge.id, text, hiddenPrefix: '', shown: text, visible: true, emphasis }
    return { kind: edge.kind, x: at.x, y: at.y, anchor: 'centre', summary: null, items: [item], emphasis, tone: isLit(emphasis) ? lens : null, title: `${text}: ${labelOf(edge.source)} → ${labelOf(edge.target)}` }
  }

  const edges = topology.edges.map((topo): TopoFlowEdge => {
    const emphasis = emphasisOf(topo.id)
    const tone: GlowTone | null = isLit(emphasis) ? lens : null
    const route = routes.get(topo.id)
    return {
      id: topo.id,
      type: topo.kind,
      source: topo.source,
      target: topo.target,
      sourceHandle: `source-${route?.exit ?? 'bottom'}`,
      targetHandle: `target-${route?.entry ?? 'top'}`,
      zIndex: EDGE_Z[emphasis],
      selectable: false,
      focusable: false,
      data: { topo, emphasis, tone, path: route ? roundedPath(route.points) : '', pill: pillOf(topo, route), count: topo.members?.length ?? 1 },
    }
  })
  // Quiet lines first, so louder ones on the same layer are drawn over them.
  return edges.sort((a, b) => RANK[a.data?.emphasis ?? 'none'] - RANK[b.data?.emphasis ?? 'none'])
}
