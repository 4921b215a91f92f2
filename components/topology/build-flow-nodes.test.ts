import { describe, expect, it } from 'vitest'
import { PRESETS } from '@/data/presets'
import { buildTopology } from '@/lib/topology'
import { buildFlowNodes } from './build-flow-elements'
import type { Emphasised } from './emphasise-reach'

const topology = buildTopology(PRESETS.find((p) => p.id === 'swiftlogix')!.scenario.config)
const byId = (nodes: ReturnType<typeof buildFlowNodes>, id: string) => nodes.find((n) => n.id === id)!.data

describe('buildFlowNodes', () => {
  it('lights a service\'s box in its other AZ with its first box under a lens', () => {
    const emphasised: Emphasised = { tone: 'rose', nodes: new Map([['service:order', 'strong']]), edges: new Map(), steps: new Map([['service:order', 3]]), internetPorts: new Map() }
    const nodes = buildFlowNodes(topology, { emphasised, singlePoints: new Set(), selectedNodeId: null })
    expect(byId(nodes, 'service:order@us-east-1b')).toMatchObject({ emphasis: 'strong', tone: 'rose' })
    // The path's step number stays on the box its lines reach.
    expect([byId(nodes, 'service:order').pathStep, byId(nodes, 'service:order@us-east-1b').pathStep]).toEqual([3, null])
    expect(byId(nodes, 'service:stock@us-east-1b').emphasis).toBe('dim')
  })

  it('rings a search hit\'s boxes in every AZ, the one the view centres on strongest', () => {
    const nodes = buildFlowNodes(topology, { emphasised: null, singlePoints: new Set(), selectedNodeId: null, matches: new Set(['service:order']), currentMatch: 'service:order' })
    expect([byId(nodes, 'service:order').match, byId(nodes, 'service:order@us-east-1b').match, byId(nodes, 'service:stock').match]).toEqual(['current', 'other', null])
  })

  it('marks the failed AZ\'s frame, subnets and boxes for the AZ-outage overlay, and nothing in the other AZ', () => {
    const nodes = buildFlowNodes(topology, { emphasised: null, singlePoints: new Set(), selectedNodeId: null, failedAz: 'us-east-1a' })
    const failed = nodes.filter((n) => n.data.failed).map((n) => n.id)
    expect(failed).toEqual(expect.arrayContaining(['az:us-east-1a', 'subnet:public-a', 'alb:alb', 'nat', 'service:order', 'database']))
    expect(failed.filter((id) => id.endsWith('-b') || id.includes('us-east-1b'))).toEqual([])
    expect(failed).not.toContain('internet')
  })
})
