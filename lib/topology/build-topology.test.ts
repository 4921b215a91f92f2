import { describe, expect, it } from 'vitest'
import { CATALOG_WORDS_IN_JSON } from '../explain/testing/engine-words'
import { buildLargeScenario } from '../../bench/large-config'
import { findPreset, PRESETS } from '../../data/presets'
import type { ArchitectureConfig } from '../model'
import { say } from '../i18n'
import { buildTopology } from './build-topology'
import { TOPOLOGY_NODE_SIZE } from './layout'
import { listCollapsibleGroups, listDefaultCollapsed } from './grouping'
import { notation } from './topology-reasons'
import type { TopoNode, Topology } from './topology-types'

function swiftlogixConfig(): ArchitectureConfig {
  const preset = findPreset('swiftlogix')
  if (!preset) throw new Error('swiftlogix preset missing')
  return structuredClone(preset.scenario.config)
}

/** Swiftlogix with every optional box turned on, to stress the layout beyond today's presets. */
function crowdedConfig(): ArchitectureConfig {
  const config = swiftlogixConfig()
  config.region = 'ap-northeast-2'
  config.network.azCount = 3
  config.network.nat.mode = 'per-az'
  config.network.vpcEndpoints = ['s3', 'dynamodb', 'ecr-api', 'ecr-dkr', 'logs', 'ssm']
  config.database.multiAz = true
  config.database.readReplicas = 1
  config.cache = { engine: 'valkey', nodeType: 'cache.t4g.small', nodes: 2, purchase: 'on-demand', encrypted: true, securityGroups: ['rds-sg'] }
  config.edge = { cloudfront: true, waf: { enabled: true, rules: 5 }, route53: { hostedZones: 1, queriesMillionsPerMonth: 0 } }
  const template = config.services[0]!
  for (let i = 0; i < 5; i++) config.services.push({ ...structuredClone(template), id: `worker-${i}`, name: `Worker ${i}`, port: 20000 + i })
  config.loadBalancers.push({ id: 'internal', name: 'Internal ALB', scheme: 'internal', listeners: [{ port: 8080, protocol: 'HTTP', redirectToHttps: false }], securityGroups: ['ecs-sg'], dropInvalidHeaders: true })
  return config
}

type Rect = { x: number; y: number; width: number; height: number }

const rectOf = (node: TopoNode): Rect => ({ ...node.position, ...(node.size ?? TOPOLOGY_NODE_SIZE) })

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

function overlappingSiblings(topology: Topology): string[] {
  const problems: string[] = []
  topology.nodes.forEach((a, i) =>
    topology.nodes.slice(i + 1).forEach((b) => {
      if (a.parentId === b.parentId && overlaps(rectOf(a), rectOf(b))) problems.push(`${a.id} overlaps ${b.id}`)
    }),
  )
  return problems
}

function childrenOutsideParents(topology: Topology): string[] {
  const byId = new Map(topology.nodes.map((n) => [n.id, n]))
  return topology.nodes.flatMap((node) => {
    if (!node.parentId) {
      const r = rectOf(node)
      return r.x >= 0 && r.y >= 0 && r.x + r.width <= topology.width && r.y + r.height <= topology.height ? [] : [`${node.id} outside the canvas`]
    }
    const parent = byId.get(node.parentId)
    if (!parent?.size) return [`${node.id} has no sized parent`]
    const r = rectOf(node)
    const inside = r.x >= 0 && r.y >= 0 && r.x + r.width <= parent.size.width && r.y + r.height <= parent.size.height
    return inside ? [] : [`${node.id} sticks out of ${parent.id}`]
  })
}

/** Every box in canvas coordinates (children are placed relative to their parent). */
function absoluteRects(topology: Topology): Map<string, Rect> {
  const rects = new Map<string, Rect>()
  for (const node of topology.nodes) {
    const parent = node.parentId ? rects.get(node.parentId) : undefined
    rects.set(node.id, { ...rectOf(node), x: (parent?.x ?? 0) + node.position.x, y: (parent?.y ?? 0) + node.position.y })
  }
  return rects
}

/** Pairs of boxes with one parent whose rectangles in canvas coordinates intersect. */
function overlappingSiblingsOnCanvas(topology: Topology): string[] {
  const rects = absoluteRects(topology)
  const byParent = new Map<string, TopoNode[]>()
  for (const node of topology.nodes) byParent.set(node.parentId ?? '', [...(byParent.get(node.parentId ?? '') ?? []), node])
  const problems: string[] = []
  for (const siblings of byParent.values()) {
    siblings.forEach((a, i) =>
      siblings.slice(i + 1).forEach((b) => {
        if (overlaps(rects.get(a.id)!, rects.get(b.id)!)) problems.push(`${a.id} overlaps ${b.id}`)
      }),
    )
  }
  return problems
}

const large50 = buildLargeScenario(50).config
const large300 = buildLargeScenario(200, { internalLoadBalancers: 100 }).config

const layouts: [string, ArchitectureConfig][] = [
  ...PRESETS.map((p): [string, ArchitectureConfig] => [p.id, p.scenario.config]),
  ['crowded variant', crowdedConfig()],
  ['large benchmark, 50 services', large50],
  ['large benchmark, 200 services and 100 internal ALBs', large300],
]

/** Each config fully open, with its default collapse, and with each collapsible group collapsed on its own. */
const collapsedLayouts: [string, ArchitectureConfig, string[]][] = layouts.flatMap(([name, config]) => {
  const open = buildTopology(config)
  return [
    [`${name}, default`, config, listDefaultCollapsed(open)] as [string, ArchitectureConfig, string[]],
    ...listCollapsibleGroups(open).map((id): [string, ArchitectureConfig, string[]] => [`${name}, ${id} collapsed`, config, [id]]),
    [`${name}, every AZ and subnet collapsed`, config, listCollapsibleGroups(open).filter((id) => id !== 'vpc')],
  ]
})

describe('buildTopology', () => {
  it.each(layouts)('places no two sibling boxes on top of each other (%s)', (_, config) => {
    expect(overlappingSiblings(buildTopology(config))).toEqual([])
  })

  it.each(layouts)('places no two sibling boxes on top of each other in canvas coordinates (%s)', (_, config) => {
    expect(overlappingSiblingsOnCanvas(buildTopology(config))).toEqual([])
  })

  it.each(collapsedLayouts)('keeps boxes apart and inside their parents when groups collapse (%s)', (_, config, collapsed) => {
    const topology = buildTopology(config, { collapsed })
    expect(overlappingSiblingsOnCanvas(topology)).toEqual([])
    expect(childrenOutsideParents(topology)).toEqual([])
    const ids = new Set(topology.nodes.map((n) => n.id))
    for (const edge of topology.edges) expect(ids.has(edge.source) && ids.has(edge.target), edge.id).toBe(true)
  })

  it.each(layouts)('keeps every child inside its parent and every box on the canvas (%s)', (_, config) => {
    expect(childrenOutsideParents(buildTopology(config))).toEqual([])
  })

  it.each(layouts)('lists every parent before its children (%s)', (_, config) => {
    const seen = new Set<string>()
    for (const node of buildTopology(config).nodes) {
      if (node.parentId) expect(seen.has(node.parentId), `${node.id} before ${node.parentId}`).toBe(true)
      seen.add(node.id)
    }
  })

  it.each(layouts)('gives every node and edge a unique id, and every edge existing ends (%s)', (_, config) => {
    const topology = buildTopology(config)
    const nodeIds = topology.nodes.map((n) => n.id)
    expect(new Set(nodeIds).size).toBe(nodeIds.length)
    expect(new Set(topology.edges.map((e) => e.id)).size).toBe(topology.edges.length)
    for (const edge of topology.edges) expect(nodeIds).toEqual(expect.arrayContaining([edge.source, edge.target]))
  })

  it('draws TCP 5432 from each ECS service to the database and TCP 22 from the office to the bastion', () => {
    const { edges } = buildTopology(swiftlogixConfig())
    const toDatabase = edges.filter((e) => e.kind === 'sg-rule' && e.target === 'database' && say('en', e.label) === 'TCP 5432').map((e) => e.source)
    expect(toDatabase).toEqual(expect.arrayContaining(['service:order', 'service:stock', 'service:payment', 'bastion']))
    expect(edges.find((e) => e.id === 'sg:rds-sg:ingress:0:service:order->database')).toMatchObject({ label: notation('TCP 5432'), protocol: 'tcp', port: '5432', sgId: 'rds-sg' })
    expect(edges.find((e) => e.source === 'Office' && e.target === 'bastion')).toMatchObject({ kind: 'sg-rule', label: notation('TCP 22') })
  })

  it('returns the same topology on every call', () => {
    const config = swiftlogixConfig()
    expect(JSON.stringify(buildTopology(config))).toBe(JSON.stringify(buildTopology(config)))
    expect(JSON.stringify(buildTopology(crowdedConfig()))).toBe(JSON.stringify(buildTopology(crowdedConfig())))
  })

  it('puts external boxes in a column left of the region', () => {
    const { nodes } = buildTopology(crowdedConfig())
    const region = nodes.find((n) => n.id === 'region')!
    const externals = nodes.filter((n) => !n.parentId && n.id !== 'region')
    expect(externals.map((n) => n.id)).toEqual(['internet', 'route53', 'cloudfront', 'waf', 'Office'])
    for (const node of externals) expect(node.position.x + TOPOLOGY_NODE_SIZE.width).toBeLessThan(region.position.x)
  })

  it('stacks public, private-app and private-db subnet groups top to bottom in each AZ', () => {
    const { nodes } = buildTopology(swiftlogixConfig())
    const rows = nodes.filter((n) => n.parentId === 'az:us-east-1b').map((n) => [n.tier, n.position.y] as const)
    expect(rows.map(([tier]) => tier)).toEqual(['public', 'private-app', 'private-db'])
    expect(rows.map(([, y]) => y)).toEqual([...rows.map(([, y]) => y)].sort((a, b) => a - b))
  })

  it('labels resources with their size', () => {
    const { nodes } = buildTopology(swiftlogixConfig())
    const order = nodes.find((n) => n.id === 'service:order')!
    expect(order.parentId).toBe('subnet:private-app-a')
    expect(order.sublabel).toEqual({ code: 'topology.detail.fargate-service', params: { inAz: 1, tasks: 2, peak: null, vcpu: 0.5, memoryGb: 1 } })
    expect(say('en', order.sublabel!)).toBe('1 of 2 tasks · 0.5 vCPU / 1 GB')
    expect(say('ko', order.sublabel!)).toBe('태스크 2개 중 1개 · 0.5 vCPU / 1 GB')
    const database = nodes.find((n) => n.id === 'database')!
    expect(database.parentId).toBe('subnet:private-db-a')
    expect(say('en', database.sublabel!)).toBe('db.t3.micro · Single-AZ')
  })

  // ECS spreads a service's tasks over its subnets' AZs by default ("Use strategies to define Amazon
  // ECS task placement": "For tasks running as part of an Amazon ECS service, the task placement
  // strategy is spread using the attribute:ecs.availability-zone"); an Auto Scaling group "maintains
  // an equal number of instances across enabled Availability Zones" (Auto Scaling group
  // Availability Zone distribution).
  it('draws every service in each AZ it runs in, with that AZ\'s share of its tasks; lines keep to the first box', () => {
    const topology = buildTopology(swiftlogixConfig(), { peakTasks: new Map([['order', 14]]) })
    const boxes = topology.nodes.filter((n) => n.kind === 'service' && (n.id === 'service:order' || n.data.replicaOf === 'service:order'))
    expect(boxes.map((n) => [n.id, n.az, n.parentId])).toEqual([
      ['service:order', 'us-east-1a', 'subnet:private-app-a'],
      ['service:order@us-east-1b', 'us-east-1b', 'subnet:private-app-b'],
    ])
    expect(boxes.map((n) => say('en', n.sublabel!))).toEqual(['1 of 2 tasks · 7 of 14 at peak · 0.5 vCPU / 1 GB', '1 of 2 tasks · 7 of 14 at peak · 0.5 vCPU / 1 GB'])
    expect(say('ko', boxes[1]!.sublabel!)).toBe('태스크 2개 중 1개 · 피크 14개 중 7개 · 0.5 vCPU / 1 GB')
    expect(topology.edges.some((e) => e.source.includes('@') || e.target.includes('@'))).toBe(false)
  })

  it('says how many instances of an Auto Scaling group run in each AZ, an uneven count one more in the first', () => {
    const config = swiftlogixConfig()
    const asg = { ...config.services[0]!, compute: { kind: 'ec2' as const, instanceType: 't3.small', onDemandBase: 3, purchase: 'on-demand' as const }, count: { min: 3, desired: 3, max: 6 } }
    const { nodes } = buildTopology({ ...config, services: [asg] })
    expect(nodes.filter((n) => n.kind === 'service').map((n) => say('en', n.sublabel!))).toEqual(['2 of 3 instances · t3.small', '1 of 3 instances · t3.small'])
  })

  it('adds a standby in the second AZ for a Multi-AZ database and a NAT gateway per AZ', () => {
    const { nodes } = buildTopology(crowdedConfig())
    expect(nodes.find((n) => n.id === 'database:standby')?.parentId).toBe('subnet:private-db-c')
    expect(nodes.filter((n) => n.kind === 'nat').map((n) => n.parentId)).toEqual(['subnet:public-a', 'subnet:public-c', 'subnet:public-b'])
  })

  it('routes each private-app subnet through the NAT gateway of its own AZ', () => {
    const { edges } = buildTopology(crowdedConfig())
    const natRoutes = edges.filter((e) => e.kind === 'route' && e.source.startsWith('nat')).map((e) => `${e.source}->${e.target}`)
    expect(natRoutes).toEqual(['nat:a->subnet:private-app-a', 'nat:c->subnet:private-app-c', 'nat:b->subnet:private-app-b'])
  })

  it('draws the internet gateway route to every public subnet and none to the database tier', () => {
    const { edges } = buildTopology(swiftlogixConfig())
    const routes = edges.filter((e) => e.kind === 'route').map((e) => e.id)
    expect(routes).toEqual(['route:igw->subnet:public-a', 'route:igw->subnet:public-b', 'route:nat->subnet:private-app-a', 'route:nat->subnet:private-app-b'])
  })

  it('draws a CIDR peer inside the VPC from the subnet groups it covers', () => {
    const config = swiftlogixConfig()
    config.securityGroups.find((g) => g.id === 'rds-sg')!.ingress.push({ protocol: 'tcp', fromPort: 5432, toPort: 5432, peer: { kind: 'cidr', cidr: '10.0.4.0/23' } })
    const sources = buildTopology(config).edges.filter((e) => e.id.startsWith('sg:rds-sg:ingress:2:')).map((e) => e.source)
    expect(sources).toEqual(['subnet:private-app-a', 'subnet:private-app-b'])
  })

  it('keeps only the edge kinds asked for', () => {
    const { edges } = buildTopology(swiftlogixConfig(), { edgeKinds: ['route'] })
    expect(new Set(edges.map((e) => e.kind))).toEqual(new Set(['route']))
  })

  it('draws more than 300 boxes for the 300-box benchmark when fully open', () => {
    expect(buildTopology(large300).nodes.length).toBeGreaterThan(300)
  })

  it('collapses the crowded private-app subnet and the empty AZs of the large design by default, and nothing in the presets', () => {
    // Every AZ runs a share of each service, so each AZ's private-app tier is crowded and no AZ is empty.
    expect(listDefaultCollapsed(buildTopology(large50))).toEqual(['subnet:private-app-a', 'subnet:private-app-b', 'subnet:private-app-c'])
    for (const preset of PRESETS) expect(listDefaultCollapsed(buildTopology(preset.scenario.config)), preset.id).toEqual([])
  })

  it('draws a collapsed subnet as one summary box and merges its lines into one per peer with a count', () => {
    const topology = buildTopology(large50, { collapsed: ['subnet:private-app-a'] })
    const summary = topology.nodes.find((n) => n.id === 'subnet:private-app-a')!
    expect(summary).toMatchObject({ collapsed: { count: 50, byKind: { service: 50 } } })
    expect(summary.label).toEqual({ code: 'topology.box.subnet-summary', params: { tier: 'private-app', azLetter: 'a' } })
    expect(say('en', summary.label)).toBe('Private app · AZ a')
    expect(say('en', summary.sublabel!)).toBe('50 services')
    expect(topology.nodes.some((n) => n.parentId === 'subnet:private-app-a')).toBe(false)
    expect(topology.hidden['service:svc-17']).toBe('subnet:private-app-a')
    const toDatabase = topology.edges.find((e) => e.id === 'agg:sg-rule:subnet:private-app-a->database')
    expect(toDatabase).toMatchObject({ label: notation('TCP 5432'), port: '5432', sgId: 'rds-sg' })
    expect(toDatabase?.members).toHaveLength(50)
    expect(topology.edges.find((e) => e.id === 'agg:sg-rule:alb:alb->subnet:private-app-a')?.label).toEqual(notation('TCP 20000–20049'))
    // Lines between two services inside the group are not drawn.
    expect(topology.edges.some((e) => e.source === e.target)).toBe(false)
    expect(topology.edges.length).toBeLessThan(30)
  })

  it('merges the request flows into a collapsed subnet into one run of ports', () => {
    const subnets = listCollapsibleGroups(buildTopology(large50)).filter((id) => id.startsWith('subnet:'))
    const flow = buildTopology(large50, { collapsed: subnets }).edges.find((e) => e.id === 'agg:traffic:subnet:public-a->subnet:private-app-a')!
    expect(flow.label).toEqual({ code: 'topology.edge.forwards-range', params: { fromPort: 20000, toPort: 20049 } })
    expect(say('en', flow.label)).toBe('forwards 20000–20049')
  })

  it('moves lines into a collapsed VPC onto the VPC box', () => {
    const topology = buildTopology(swiftlogixConfig(), { collapsed: ['vpc'] })
    expect(topology.nodes.map((n) => n.id)).toEqual(['internet', 'Office', 'region', 'vpc'])
    expect(say('en', topology.nodes.find((n) => n.id === 'vpc')!.sublabel!)).toBe('3 services, 1 load balancer, 4 more')
    expect(topology.edges.map((e) => e.id)).toEqual(expect.arrayContaining(['agg:sg-rule:internet->vpc', 'agg:sg-rule:Office->vpc']))
  })

  it('keeps only the rules on one port, or of one security group', () => {
    const byPort = buildTopology(swiftlogixConfig(), { filter: { port: '5432' } }).edges
    expect(byPort.map((e) => `${e.source}->${e.target}`).sort()).toEqual(['bastion->database', 'service:order->database', 'service:payment->database', 'service:stock->database'])
    const bySg = buildTopology(swiftlogixConfig(), { filter: { sgId: 'bastion-sg' } }).edges
    expect(bySg.every((e) => e.sgId === 'bastion-sg' || e.source === 'bastion')).toBe(true)
    expect(bySg.map((e) => e.id)).toContain('sg:bastion-sg:ingress:0:Office->bastion')
  })
})

describe('what buildTopology says', () => {
  /** Every string in the result: ids, AWS names, notation and codes are allowed, sentences are not. */
  function texts(topology: Topology): TopoNode['label'][] {
    return [...topology.nodes.flatMap((n) => [n.label, n.sublabel, n.collapsed?.text]), ...topology.edges.map((e) => e.label)].filter((t): t is TopoNode['label'] => t !== undefined)
  }

  it.each([...PRESETS.map((p) => [p.id, p.scenario.config] as const), ['large', large50] as const])(
    'labels every box and line of %s with a code and its facts, never prose, Hangul or { en, ko }',
    (_, config) => {
      for (const topology of [buildTopology(config), buildTopology(config, { collapsed: listCollapsibleGroups(buildTopology(config)) })]) {
        for (const text of texts(topology)) {
          expect(text.code, JSON.stringify(text)).toMatch(/^topology\.[a-z0-9.-]+$/)
          expect(Object.keys(text).sort()).toEqual(['code', 'params'])
        }
        expect(JSON.stringify(topology)).not.toMatch(CATALOG_WORDS_IN_JSON)
      }
    },
  )
})
