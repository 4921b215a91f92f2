import type { Evaluation } from '@/lib/evaluate'
import type { Scenario } from '@/lib/model'
import type { SayPresent } from './present-say'

/** The drawing's coordinate space; the SVG scales it to its box. */
export const VIEW = { width: 720, height: 350, boxHeight: 70, rowY: 222, zoneTop: 138 } as const

/** Box centres run from FIRST_X to LAST_X; the last zone must end inside the drawing. */
const FIRST_X = 73
const LAST_X = VIEW.width - 84
const MAX_BOX_WIDTH = 142

export type TopologyBox = { id: string; label: string; sub: string | null; x: number; tone: 'outside' | 'plain' | 'safe' | 'danger' }
export type TopologyZone = { label: string; sub: string | null; x: number; width: number; tone: 'public' | 'app' | 'data' }
type TopologyEdge = { fromX: number; toX: number; label: string | null }

export type SimpleTopology = {
  /** Narrower when a CDN adds a fifth column, with smaller type to fit. */
  boxWidth: number
  labelSize: number
  subSize: number
  boxes: TopologyBox[]
  zones: TopologyZone[]
  edges: TopologyEdge[]
  /** The arc from the internet to the database: crossed out when no direct connection exists. */
  databaseArc: { fromX: number; toX: number; blocked: boolean; label: string }
}

/**
 * The security slide's picture for a non-technical audience: Internet → (CDN) → Load balancer →
 * App → Database, in public, app and data zones, with the database marked as reachable from the
 * internet or not (the engine's dbQuestion.direct). No security groups, subnets or ports beyond the
 * web ports the internet reaches.
 */
export function simplifyTopology(scenario: Scenario, evaluation: Evaluation, say: SayPresent): SimpleTopology {
  const { config } = scenario
  const { security } = evaluation
  const hasCdn = config.edge.cloudfront
  const hasLb = config.loadBalancers.some((lb) => lb.scheme === 'external')
  const direct = security.dbQuestion.direct
  const ids = ['internet', ...(hasCdn ? ['cdn'] : []), ...(hasLb ? ['lb'] : []), 'app', 'database']
  const gap = (LAST_X - FIRST_X) / (ids.length - 1)
  const boxWidth = Math.min(MAX_BOX_WIDTH, gap - 40)
  const xOf = (id: string) => FIRST_X + ids.indexOf(id) * gap
  const services = config.services.length
  const db = config.database
  const boxes: TopologyBox[] = [
    { id: 'internet', label: say('present.security.internet'), sub: null, x: xOf('internet'), tone: 'outside' },
    ...(hasCdn ? [{ id: 'cdn', label: say('present.security.cdn'), sub: null, x: xOf('cdn'), tone: 'plain' as const }] : []),
    ...(hasLb ? [{ id: 'lb', label: say('present.security.load-balancer'), sub: null, x: xOf('lb'), tone: 'plain' as const }] : []),
    { id: 'app', label: say('present.security.app'), sub: say('present.security.app-services', { count: services }), x: xOf('app'), tone: 'plain' },
    { id: 'database', label: say('present.security.database'), sub: say(db.multiAz ? 'present.security.standby' : 'present.security.no-standby'), x: xOf('database'), tone: direct ? 'danger' : 'safe' },
  ]
  const webPorts = [...new Set(security.internetReachable.filter((e) => e.target.startsWith('alb:')).map((e) => e.port))].sort((a, b) => a - b)
  const edges: TopologyEdge[] = ids.slice(1).map((id, i) => ({
    fromX: xOf(ids[i]!) + boxWidth / 2,
    toX: xOf(id) - boxWidth / 2,
    label: i === 0 && webPorts.length > 0 ? say('present.security.web-traffic', { ports: webPorts }) : null,
  }))
  const zoneWidth = Math.min(boxWidth + 22, gap - 6)
  const zoneOf = (id: string, label: string, sub: string | null, tone: TopologyZone['tone']): TopologyZone[] =>
    ids.includes(id) ? [{ label, sub, x: xOf(id) - zoneWidth / 2, width: zoneWidth, tone }] : []
  const dbZoneClosed = security.layers.filter((l) => l.key === 'route-tables').every((l) => l.passed)
  const roomy = boxWidth >= 130
  return {
    boxWidth,
    labelSize: roomy ? 16 : 14,
    subSize: roomy ? 13 : 10.5,
    boxes,
    zones: [
      ...zoneOf(hasLb ? 'lb' : 'cdn', say('present.security.public-zone'), null, 'public'),
      ...zoneOf('app', say('present.security.app-zone'), null, 'app'),
      ...zoneOf('database', say('present.security.data-zone'), dbZoneClosed ? say('present.security.no-internet-route') : null, 'data'),
    ],
    edges,
    databaseArc: { fromX: xOf('internet'), toX: xOf('database'), blocked: !direct, label: say(direct ? 'present.security.reachable' : 'present.security.not-reachable') },
  }
}
