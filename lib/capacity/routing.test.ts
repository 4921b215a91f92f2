import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import type { Scenario } from '../model'
import { say } from '../i18n/catalog/say'
import { assessCapacity } from './assess-capacity'

/** SwiftLogix at the seed's 10 ms average (no calibration), its ALB routing as given. */
function swiftlogixRouted(routing: 'round-robin' | 'least-outstanding-requests' | undefined): Scenario {
  const s = structuredClone(findPreset('swiftlogix')!.scenario)
  for (const service of s.config.services) delete service.performance.measuredAtRpsPerTask
  s.config.loadBalancers = s.config.loadBalancers.map((lb) => {
    const { routing: _omit, ...rest } = lb
    return routing === undefined ? rest : { ...rest, routing }
  })
  return s
}

const order = (s: Scenario) => assessCapacity(s.config, s.requirements).services.find((x) => x.serviceId === 'order')!

// Elastic Load Balancing, Application Load Balancers, "Target groups" → "Routing algorithms": with
// round robin the load balancer routes requests evenly to the healthy targets in turn; with least
// outstanding requests it routes each request to the target with the lowest number of in-progress
// requests. The default is round robin.
describe('the load balancer\'s routing algorithm decides the queue', () => {
  it('round robin gives each task its own M/M/1 queue: 20 req/s on 2 tasks → λ = 10, p95 = ln 20 / (100 − 10) = 33.3 ms', () => {
    const o = order(swiftlogixRouted('round-robin'))
    expect(o.typical.p95Ms - 65).toBeCloseTo((Math.log(20) / 90) * 1000, 3)
    expect(o.typical.utilisation).toBeCloseTo(0.1, 9)
    expect(o.typical.formula).toMatchObject({ code: 'capacity.formula.queue', params: { routing: { code: 'capacity.routing.round-robin' }, queueRps: 10, servers: 1 } })
    expect(say('en', o.typical.formula)).toMatch(/^M\/M\/c per task, round robin \(each task queues its own share\): λ = 20 req\/s ÷ 2 tasks = 10 req\/s, /)
  })

  it('least outstanding requests pools the tasks into one M/M/2 queue: p95 30.2 ms (Erlang C, C = 0.0182)', () => {
    const o = order(swiftlogixRouted('least-outstanding-requests'))
    expect(o.typical.p95Ms).toBeCloseTo(95.2, 1)
    expect(o.typical.formula).toMatchObject({ params: { routing: { code: 'capacity.routing.least-outstanding-requests' }, queueRps: 20, servers: 2 } })
    expect(say('en', o.typical.formula)).toMatch(/^M\/M\/c, least outstanding requests \(one pooled queue\): λ = 20 req\/s, /)
  })

  it('models round robin when the design names no algorithm, as AWS defaults', () => {
    expect(order(swiftlogixRouted(undefined)).typical.p95Ms).toBe(order(swiftlogixRouted('round-robin')).typical.p95Ms)
  })

  it('needs at least as many tasks for the SLA with round robin as with one pooled queue', () => {
    const tight = (s: Scenario) => ({ ...s, requirements: { ...s.requirements, sla: { ...s.requirements.sla, p95Ms: 120 } } })
    const rr = tight(swiftlogixRouted('round-robin'))
    const lor = tight(swiftlogixRouted('least-outstanding-requests'))
    const rrTasks = order(rr).minTasksForSla!
    const lorTasks = order(lor).minTasksForSla!
    expect(rrTasks).toBeGreaterThanOrEqual(lorTasks)
    // Round robin at rrTasks: each task's M/M/1 at 200/n req/s fits the 55 ms budget; one fewer does not.
    const p95 = (n: number) => Math.log(20) / (100 - 200 / n)
    expect(p95(rrTasks)).toBeLessThanOrEqual(0.055)
    expect(200 / (rrTasks - 1) >= 100 || p95(rrTasks - 1) > 0.055).toBe(true)
  })

  it('reads a service without a load balancer as one shared queue', () => {
    const s = swiftlogixRouted('round-robin')
    delete s.config.services[0]!.loadBalancer
    expect(order(s).typical.formula.params.routing).toEqual({ code: 'capacity.routing.no-load-balancer', params: {} })
    expect(order(s).typical.p95Ms).toBeCloseTo(95.2, 1)
  })
})
