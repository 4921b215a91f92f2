import { describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { evaluateScenario } from '@/lib/evaluate'
import { narrate } from '@/lib/narrative'
import { buildCostBar } from './cost-bar'
import { keepUnits } from './keep-units'
import { buildLatencyChart } from './latency-bars'
import { presentSay } from './present-say'
import { buildServerChart } from './server-rows'
import { simplifyTopology, VIEW } from './simplify-topology'
import { buildSlides, clampSlide } from './slides'

const swiftlogix = findPreset('swiftlogix')!.scenario
const evaluation = evaluateScenario(swiftlogix)

describe('the slides', () => {
  it('are the summary, five stakeholders and the decision', () => {
    expect(buildSlides(narrate(swiftlogix, evaluation, 'en')).map((s) => s.id)).toEqual(['summary', 'ops', 'business', 'security', 'finance', 'cto', 'decision'])
    expect([clampSlide(-1, 7), clampSlide(9, 7), clampSlide(3, 7)]).toEqual([0, 6, 3])
  })

  it('keep a number with its unit on one line', () => {
    expect(keepUnits('within the 1,000 ms target')).toBe('within the 1,000\u00a0ms target')
    expect(keepUnits('약 2분 안에')).toBe('약\u00a02분 안에')
  })
})

describe('the slide pictures', () => {
  it('put the cost, the budget and the peak month on one scale', () => {
    const bar = buildCostBar(evaluation)
    expect(bar.scaleKrw).toBe(279617)
    expect(bar.budgetPercent).toBeCloseTo((150000 / 279617) * 100, 5)
    expect(bar.segments.reduce((sum, s) => sum + s.krw, 0)).toBeCloseTo(261131, -1)
  })

  it('draw the servers of each service on a normal day and at the peak, up to the limit', () => {
    const chart = buildServerChart(swiftlogix, evaluation)
    expect(chart).toMatchObject({ serviceName: null, ceiling: 14, squares: true, rows: [{ key: 'typical', rps: 20, tasks: 2 }, { key: 'peak', rps: 200, tasks: 10 }] })
  })

  it('draw p95 against the target with room past it', () => {
    const chart = buildLatencyChart(swiftlogix, evaluation)
    expect(chart.bars.every((b) => b.meets)).toBe(true)
    expect(chart.slaPercent).toBeLessThan(100)
  })

  it('simplify the topology to internet, load balancer, app and database, with the database not reachable', () => {
    const topology = simplifyTopology(swiftlogix, evaluation, presentSay('en'))
    expect(topology.boxes.map((b) => b.label)).toEqual(['Internet', 'Load balancer', 'App', 'Database'])
    expect(topology.databaseArc).toMatchObject({ blocked: true, label: 'Not reachable from the internet' })
    for (const zone of topology.zones) expect(zone.x + zone.width).toBeLessThanOrEqual(VIEW.width)
  })

  it('mark a database the internet reaches directly', () => {
    const open = structuredClone(swiftlogix)
    open.config.database.publiclyAccessible = true
    open.config.network.routing['private-db'].defaultRoute = 'igw'
    open.config.securityGroups.find((g) => g.id === 'rds-sg')!.ingress.push({ protocol: 'tcp', fromPort: 5432, toPort: 5432, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } })
    const e = evaluateScenario(open)
    expect(e.security.dbQuestion.direct).toBe(true)
    const topology = simplifyTopology(open, e, presentSay('en'))
    expect(topology.databaseArc).toMatchObject({ blocked: false, label: 'Open to the internet' })
    expect(topology.boxes.at(-1)?.tone).toBe('danger')
  })
})
