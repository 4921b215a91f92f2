import { describe, expect, it } from 'vitest'
import { findPreset, PRESETS } from '../../data/presets'
import { evaluateScenario } from '../evaluate'
import { parseScenario, type Scenario } from '../model'
import { setNatMode } from '../model/edit-network'
import { fitBudget } from './fit-budget'
import { listRecoveryLosses } from './fit-budget-recovery'

const swiftlogix = findPreset('swiftlogix')!.scenario
const petclinic = findPreset('petclinic-3tier')!.scenario
const fitSwiftlogix = fitBudget(swiftlogix)

describe('fitBudget', () => {
  it('brings SwiftLogix within its ₩150,000 budget: NAT instance and a smaller Fargate task', () => {
    expect(fitSwiftlogix).toMatchObject({ budgetKrw: 150_000, overByKrw: expect.closeTo(111_131, 0) })
    expect(fitSwiftlogix.options.length).toBeGreaterThanOrEqual(1)
    const [first] = fitSwiftlogix.options
    expect(first).toMatchObject({ levers: ['task-size', 'nat'], runnable: true, highFindings: 0, recoveryLosses: [], meetsSla: true, breaksSla: false })
    expect(first!.monthlyKrw).toBeLessThanOrEqual(150_000)
    expect(first!.savingKrw).toBeCloseTo(fitSwiftlogix.monthlyKrw - first!.monthlyKrw, 6)
    expect(first!.changes.map((c) => c.path)).toEqual(['config.network.nat', 'config.services[*].compute.size'])
    // Smaller tasks answer more slowly at the peak, still within the 1,000 ms SLA.
    expect(first!.p95Ms.before).toBeCloseTo(82.6, 1)
    expect(first!.p95Ms.after).toBeCloseTo(91.5, 1)
    expect(first!.coverage).toEqual({ before: 0.375, after: 0.375 })
  })

  it.each(PRESETS.map((p) => [p.id, p.scenario] as [string, Scenario]))(
    '%s: every option passes the schema and the design check, adds no high finding and re-evaluates to the total it states',
    (_id, scenario) => {
      const fit = _id === 'swiftlogix' ? fitSwiftlogix : fitBudget(scenario)
      const highBefore = evaluateScenario(scenario).security.counts.high
      for (const option of fit.options) {
        const parsed = parseScenario(option.scenario)
        expect(parsed.ok).toBe(true)
        const evaluation = evaluateScenario(option.scenario)
        expect(evaluation.design.runnable).toBe(true)
        expect(evaluation.security.counts.high).toBeLessThanOrEqual(highBefore)
        expect(evaluation.cost.monthlyKrw).toBeCloseTo(option.monthlyKrw, 6)
        expect(option.monthlyKrw).toBeLessThanOrEqual(fit.budgetKrw)
        expect(option.changes.length).toBeGreaterThan(0)
      }
    },
  )

  it('offers nothing to cut when the design is within budget', () => {
    expect(fitBudget(swiftlogix, { budgetKrw: 300_000 })).toEqual({ budgetKrw: 300_000, monthlyKrw: fitSwiftlogix.monthlyKrw, overByKrw: 0, maxLevers: 4, options: [], examined: 0 })
  })

  it('gives the same answer for the same design', () => {
    expect(JSON.stringify(fitBudget(swiftlogix))).toBe(JSON.stringify(fitSwiftlogix))
  })

  it('offers only the smallest sets: no option contains another', () => {
    const fit = fitBudget(petclinic)
    for (const a of fit.options) for (const b of fit.options) if (a !== b) expect(b.levers.every((l) => a.levers.includes(l)) && b.levers.length < a.levers.length).toBe(false)
  })

  // VPC User Guide, "Compare NAT gateways and NAT instances", Availability: a NAT gateway is "Highly
  // available"; for a NAT instance, "Use a script to manage failover between instances." The model runs
  // one NAT instance with no such script and no Auto Scaling group, so its loss waits for a person.
  it('says what a cut costs in recovery, and ranks cuts that cost no recovery first', () => {
    const perAz = { ...swiftlogix, config: setNatMode(swiftlogix.config, 'per-az') }
    const fit = fitBudget(perAz, { budgetKrw: 225_000 })
    const natInstance = fit.options.find((o) => o.levers.join() === 'nat')!
    expect(natInstance.scenario.config.network.nat.mode).toBe('instance')
    expect(natInstance.recoveryLosses).toEqual([{ scenarioId: 'nat-instance-loss', was: 'nat-loss', from: 'partial', to: 'manual', rtoMinutesBefore: 30, rtoMinutesAfter: 30 }])
    const harm = fit.options.map((o) => o.recoveryLosses.length)
    expect(harm[0]).toBe(0)
    expect(harm).toEqual([...harm].sort((a, b) => a - b))
    // One option per outcome: insights standard or off cost the same here.
    expect(new Set(fit.options.map((o) => JSON.stringify([o.levers, o.monthlyKrw]))).size).toBe(fit.options.length)
  })
})

describe('listRecoveryLosses', () => {
  const recovery = (scenario: Scenario) => evaluateScenario(scenario).recovery

  // RDS User Guide, "Multi-AZ DB instance deployments": failovers "typically complete within 60–120
  // seconds"; without the standby, RDS replaces a Single-AZ instance's host (about 30 minutes here).
  it('names a failure whose RTO grows, though it still recovers by itself', () => {
    const multiAz = { ...swiftlogix, config: { ...swiftlogix.config, database: { ...swiftlogix.config.database, multiAz: true } } }
    expect(listRecoveryLosses(recovery(multiAz), recovery(swiftlogix))).toContainEqual({ scenarioId: 'db-unresponsive', from: 'auto', to: 'auto', rtoMinutesBefore: 2, rtoMinutesAfter: 30 })
  })

  // VPC User Guide, "NAT instances": you launch and manage the instance; with no Auto Scaling group
  // nothing launches another when it stops, so its loss needs a person (a NAT gateway per AZ keeps the other AZs' egress).
  it('pairs the egress failure across NAT kinds: a NAT per AZ → a NAT instance makes its loss manual', () => {
    const perAz = { ...swiftlogix, config: setNatMode(swiftlogix.config, 'per-az') }
    const instance = { ...swiftlogix, config: setNatMode(swiftlogix.config, 'instance') }
    expect(listRecoveryLosses(recovery(perAz), recovery(instance))).toEqual([
      { scenarioId: 'nat-instance-loss', was: 'nat-loss', from: 'partial', to: 'manual', rtoMinutesBefore: 30, rtoMinutesAfter: 30 },
    ])
  })

  it('is empty when nothing recovers worse', () => {
    expect(listRecoveryLosses(recovery(swiftlogix), recovery(swiftlogix))).toEqual([])
  })
})
