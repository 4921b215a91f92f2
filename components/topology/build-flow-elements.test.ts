import { describe, expect, it } from 'vitest'
import { PRESETS } from '@/data/presets'
import { say } from '@/lib/i18n'
import { buildTopology, TOPOLOGY_NODE_SIZE } from '@/lib/topology'
import { absoluteRects } from './absolute-rects'
import { buildFlowEdges, buildFlowNodes } from './build-flow-elements'
import { routesOf } from './routing/route-topology'
import { groupPaths } from './topology-lines'

const layouts = PRESETS.map((p) => [p.id, buildTopology(p.scenario.config)] as const)

describe('buildFlowEdges', () => {
  it.each(layouts)('gives every sg-rule edge exactly one labelled item on some pill (%s)', (_, topology) => {
    const items = buildFlowEdges(topology, null).flatMap((e) => e.data?.pill?.items ?? [])
    for (const edge of topology.edges.filter((e) => e.kind === 'sg-rule')) {
      const mine = items.filter((i) => i.edgeId === edge.id)
      expect(mine, edge.id).toHaveLength(1)
      expect(mine[0]!.text).toBe(say('en', edge.label))
    }
  })

  it.each(layouts)('routes no line across a box other than its own two ends (%s)', (_, topology) => {
    const rects = absoluteRects(topology)
    const leaves = topology.nodes.filter((n) => !n.size)
    const crossings: string[] = []
    for (const [id, route] of routesOf(topology)) {
      const edge = topology.edges.find((e) => e.id === id)!
      for (const leaf of leaves.filter((l) => l.id !== edge.source && l.id !== edge.target)) {
        const r = rects.get(leaf.id)!
        route.points.slice(1).forEach((b, i) => {
          const a = route.points[i]!
          const inside = Math.max(a.x, b.x) > r.x && Math.min(a.x, b.x) < r.x + r.width && Math.max(a.y, b.y) > r.y && Math.min(a.y, b.y) < r.y + r.height
          if (inside) crossings.push(`${id} crosses ${leaf.id}`)
        })
      }
    }
    expect(crossings).toEqual([])
  })

  it('shows the three ALB rules of a swiftlogix service as one run of ports', () => {
    const topology = buildTopology(PRESETS.find((p) => p.id === 'swiftlogix')!.scenario.config)
    const pill = buildFlowEdges(topology, null).find((e) => e.id === 'sg:ecs-sg:ingress:0:alb:alb->service:order')?.data?.pill
    expect(pill?.summary).toBe('TCP 19505–19507')
    // The private app subnet's title sits over Order's top, so the ALB's lines come in from below.
    expect(pill?.anchor).toBe('bottom')
  })
})

describe('buildFlowNodes', () => {
  it.each(layouts)('keeps the engine layout: same positions, parents and sizes (%s)', (_, topology) => {
    const nodes = buildFlowNodes(topology, { emphasised: null, singlePoints: new Set(), selectedNodeId: null })
    nodes.forEach((node, i) => {
      const topo = topology.nodes[i]!
      expect(node).toMatchObject({ id: topo.id, position: topo.position, width: (topo.size ?? TOPOLOGY_NODE_SIZE).width })
      expect(node.parentId).toBe(topo.parentId)
    })
  })
})

describe('the words on the drawing', () => {
  const swiftlogix = buildTopology(PRESETS.find((p) => p.id === 'swiftlogix')!.scenario.config)
  const marks = { emphasised: null, singlePoints: new Set<string>(), selectedNodeId: null }

  it('names each box for screen readers in the reader\'s language', () => {
    const bastion = (locale: 'en' | 'ko') => buildFlowNodes(swiftlogix, { ...marks, locale }).find((n) => n.id === 'bastion')?.ariaLabel
    expect(bastion('en')).toBe('Bastion host, t2.nano · public IP')
    expect(bastion('ko')).toBe('배스천 호스트, t2.nano · 퍼블릭 IP')
  })

  it('writes the port pills as notation in both languages', () => {
    const texts = (locale: 'en' | 'ko') => buildFlowEdges(swiftlogix, null, null, locale).flatMap((e) => e.data?.pill?.items.map((i) => i.text) ?? [])
    expect(texts('ko')).toEqual(texts('en'))
    expect(texts('en')).toContain('TCP 5432')
  })
})

describe('groupPaths', () => {
  it('draws every line of one look as one path', () => {
    const edges = buildFlowEdges(buildTopology(PRESETS.find((p) => p.id === 'swiftlogix')!.scenario.config), null)
    const groups = groupPaths(edges)
    expect(groups.length).toBeLessThan(6)
    expect(groups.map((g) => g.d.split('M ').length - 1).reduce((a, b) => a + b, 0)).toBe(edges.filter((e) => e.data?.path).length)
  })
})
