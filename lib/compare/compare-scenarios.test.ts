import { describe, expect, it } from 'vitest'
import { sayCost } from '../i18n/catalog/say-cost'
import { compareScenarios } from './compare-scenarios'
import { withUnpricedReservations } from '../../data/presets/testing/unpriced-reservations'
import { SEOUL_PLANS, seoulPlan } from './seoul-plans.fixture'

describe('compareScenarios', () => {
  const comparison = compareScenarios(SEOUL_PLANS)
  const [plan1, plan2, plan3, final] = comparison.items
  // Plan 3 with reservations no source prices: the comparison of a plan with unknown lines.
  const unpriced = compareScenarios(SEOUL_PLANS.map((p, i) => (i === 2 ? { ...p, scenario: withUnpricedReservations(p.scenario) } : p)))

  it('refuses fewer than two or more than four plans with a RangeError', () => {
    expect(() => compareScenarios([seoulPlan('swiftlogix-seoul-plan1')])).toThrow(RangeError)
    expect(() => compareScenarios([...SEOUL_PLANS, seoulPlan('swiftlogix-seoul-plan1')])).toThrow(RangeError)
    expect(() => compareScenarios([])).toThrow(RangeError)
  })

  it('keeps the plans in the order given, with the engine totals of each', () => {
    expect(comparison.items.map((i) => i.id)).toEqual(SEOUL_PLANS.map((p) => p.id))
    expect(comparison.items.map((i) => i.cost.monthlyUsd)).toEqual([391.5, 295.03, 209.53, 304.39])
    expect(comparison.items.map((i) => i.cost.complete)).toEqual([true, true, true, true])
    expect(unpriced.items[2]!.cost.unknownLineIds).toEqual(['rds-instance', 'cache', 'bastion'])
  })

  it('aligns cost lines by id and keeps an unknown price apart from a line the plan does not have', () => {
    const row = (id: string) => unpriced.costLines.find((l) => l.id === id)!.cells
    expect(row('rds-instance')).toEqual([
      { state: 'known', monthlyUsd: 81.76 },
      { state: 'known', monthlyUsd: 59.3 },
      { state: 'unknown', monthlyUsd: null },
      { state: 'known', monthlyUsd: 81.76 },
    ])
    expect(row('alb-hours:internal-alb').map((c) => c.state)).toEqual(['known', 'known', 'absent', 'absent'])
    expect(row('alb-hours:internal-alb')[2]!.monthlyUsd).toBeNull()
    expect(row('nat-gateway-hours').map((c) => c.monthlyUsd)).toEqual([86.14, 43.07, 43.07, 43.07])
  })

  it('sums each component per plan and names the lines without a price', () => {
    const database = unpriced.components.find((c) => c.component === 'database')!.cells
    expect(database[0]).toEqual({ knownUsd: 87, unknownLabels: [], lineCount: 2 })
    expect(database[2]!.knownUsd).toBe(5.24)
    expect(database[2]!.unknownLabels.map((label) => sayCost('en', label))).toEqual(['RDS postgresql db.t3.small Multi-AZ 3-yr reserved, partial upfront'])
  })

  it('carries the band and the budget verdict, and says an incomplete total is only "within so far"', () => {
    expect(plan1!.cost.band).toEqual({ minUsd: 391.5, typicalUsd: 391.5, peakUsd: 401.05 })
    expect(comparison.items.every((i) => i.cost.budget.budgetUsd === 115.38)).toBe(true)
    expect(comparison.items.map((i) => i.cost.budget.verdict)).toEqual(['over', 'over', 'over', 'over'])
    const cheap = structuredClone(SEOUL_PLANS[2]!)
    cheap.scenario = withUnpricedReservations(cheap.scenario)
    cheap.scenario.requirements.budget.monthly = 1_000_000
    expect(compareScenarios([SEOUL_PLANS[0]!, cheap]).items[1]!.cost.budget.verdict).toBe('within-so-far')
  })

  it('gives the recovery mode per scenario id: plan 1 makes the AZ outage automatic and the NAT loss partial', () => {
    expect(plan1!.recovery.autoCount).toBe(4)
    expect(plan1!.recovery.scenarios['nat-loss']?.mode).toBe('partial')
    expect(final!.recovery.autoCount).toBe(3)
    expect(plan1!.recovery.scenarios['az-outage']?.mode).toBe('auto')
    expect(final!.recovery.scenarios['az-outage']?.mode).toBe('partial')
    expect(plan2!.recovery.scenarios['nat-loss']?.mode).toBe('manual')
    expect(Object.keys(plan1!.recovery.scenarios)).toEqual([...comparison.scenarioIds])
    expect(plan1!.recovery.unboundedCount).toBe(1)
  })

  it('lists each egress scenario any plan has, absent from the plans whose design reaches out another way', () => {
    const withInstance = structuredClone(SEOUL_PLANS[1]!)
    withInstance.scenario.config.network.nat = { mode: 'instance', instanceType: 't3.nano' }
    const mixed = compareScenarios([SEOUL_PLANS[0]!, withInstance])
    expect(mixed.scenarioIds).toContain('nat-loss')
    expect(mixed.scenarioIds).toContain('nat-instance-loss')
    expect(mixed.scenarioIds).not.toContain('endpoint-loss')
    expect(mixed.items[0]!.recovery.scenarios['nat-instance-loss']).toBeUndefined()
    expect(mixed.items[1]!.recovery.scenarios['nat-instance-loss']?.mode).toBe('manual')
    expect(mixed.items[1]!.recovery.scenarios['nat-loss']).toBeUndefined()
  })

  it('gives p95 per service and the worst, aligned by service id (plan 1 alone has the config server)', () => {
    expect(plan1!.capacity.services).toHaveLength(7)
    expect(final!.capacity.services).toHaveLength(6)
    expect(final!.capacity.worstPeakP95Ms).toBeCloseTo(129.75, 1)
    expect(final!.capacity.meetsSla).toBe(true)
    expect(final!.capacity.peakHeadroom).toBeCloseTo(0.5, 5)
    const config = comparison.services.find((s) => s.serviceId === 'config')!
    expect(config.cells.map((c) => c !== null)).toEqual([true, false, false, false])
  })

  it('reports an overloaded service as null, never Infinity, so the comparison stays JSON', () => {
    const overloaded = structuredClone(SEOUL_PLANS[3]!)
    overloaded.scenario.requirements.traffic.peak.rps = 5000
    const item = compareScenarios([SEOUL_PLANS[0]!, overloaded]).items[1]!
    expect(item.capacity.worstPeakP95Ms).toBeNull()
    expect(item.capacity.peakCarried).toBe(false)
    expect(JSON.parse(JSON.stringify(item))).toEqual(item)
  })

  it('counts findings by severity', () => {
    expect(comparison.items.map((i) => i.security.counts)).toEqual([
      { high: 0, medium: 0, low: 2 },
      { high: 0, medium: 0, low: 2 },
      { high: 0, medium: 0, low: 1 },
      { high: 0, medium: 0, low: 1 },
    ])
  })
})

describe('compareScenarios: capacity at the autoscaling maximum', () => {
  it('counts the service time on each plan\'s task size, as the capacity engine does (ECS "Task size": the CPU a task reserves)', () => {
    const final = seoulPlan('swiftlogix-seoul-final')
    const bigger = structuredClone(final)
    bigger.id = 'bigger'
    bigger.name = 'Bigger tasks'
    // Seed 001's tasks are 0.25 vCPU; doubling the CPU shortens the CPU-bound half of each request.
    // The dashboard's size control keeps the size a service time was measured on, as here.
    for (const s of bigger.scenario.config.services)
      if (s.compute.kind === 'fargate') {
        s.performance = { ...s.performance, measuredOnVcpu: s.compute.vcpu }
        s.compute = { ...s.compute, vcpu: 0.5, memoryGb: 1 }
      }
    const [small, large] = compareScenarios([final, bigger]).items.map((i) => i.capacity.services[0]!.capacityAtMaxRps)
    expect(large!).toBeGreaterThan(small!)
  })
})
