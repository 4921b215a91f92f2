import { describe, expect, it } from 'vitest'
import { PRESETS, findPreset } from '../../data/presets'
import { setDbMultiAz, setNatGateways } from '../model'
import { evaluateScenario } from './evaluate-scenario'
import { listBreaches } from './list-breaches'

describe('evaluateScenario', () => {
  it('keeps a golden cost breakdown per preset, so a diff shows which line moved', async () => {
    for (const preset of PRESETS) {
      const { cost } = evaluateScenario(preset.scenario)
      const golden = Object.fromEntries(cost.lines.map((l) => [l.id, l.monthlyUsd]))
      await expect(JSON.stringify({ total: cost.monthlyUsd, lines: golden }, null, 1) + '\n').toMatchFileSnapshot(
        `../../data/presets/golden/${preset.id}.cost.json`,
      )
    }
  })

  it('bills the autoscaled peak tasks in the band', () => {
    const { cost, capacity } = evaluateScenario(findPreset('swiftlogix')!.scenario)
    expect(capacity.services.every((s) => s.peakTasks === 10)).toBe(true)
    // 3 services × 8 extra tasks × (0.5 × 0.04048 + 1 × 0.004445) $/h × 24 h = $14.22
    expect(cost.band.peakUsd - cost.band.typicalUsd).toBeCloseTo(14.22, 1)
  })

  it('shows the seed\'s trade-off: Multi-AZ and a NAT per AZ buy coverage with money', () => {
    const base = findPreset('swiftlogix')!.scenario
    const before = evaluateScenario(base)
    const config = setNatGateways(setDbMultiAz(base.config, true), 2)
    const after = evaluateScenario({ ...base, config })
    expect(after.recovery.autoCount).toBeGreaterThan(before.recovery.autoCount)
    // Multi-AZ bills the standby's instance (+13.14) and storage (+2.30); the second NAT adds 32.85.
    expect(after.cost.monthlyUsd - before.cost.monthlyUsd).toBeCloseTo(13.14 + 2.3 + 32.85, 1)
  })
})

describe('listBreaches', () => {
  it('names the budget breach of the seed design and nothing else', () => {
    const breaches = listBreaches(evaluateScenario(findPreset('swiftlogix')!.scenario))
    expect(breaches.map((b) => b.kind)).toEqual(['budget'])
    expect(breaches[0]!.message).toMatchObject({ code: 'cost.breach.budget', params: { overByKrw: 111131 } })
  })

  it('names a missed SLA and a high security finding', () => {
    const scenario = structuredClone(findPreset('swiftlogix')!.scenario)
    scenario.requirements.sla.p95Ms = 50
    scenario.config.securityGroups.find((g) => g.id === 'bastion-sg')!.ingress[0]!.peer = { kind: 'cidr', cidr: '0.0.0.0/0' }
    const breaches = listBreaches(evaluateScenario(scenario))
    const kinds = breaches.map((b) => b.kind)
    expect(kinds).toContain('sla')
    expect(breaches.find((b) => b.kind === 'sla')!.message).toMatchObject({ code: 'cost.breach.sla', params: { slaP95Ms: 50 } })
    expect(kinds).toContain('security')
    // The finding's message rides along as a reason, for the CLI to word after the breach.
    expect(breaches.find((b) => b.kind === 'security')).toMatchObject({ message: { code: 'cost.breach.security', params: { findingId: 'sg-world-ssh:bastion-sg' } }, finding: { code: 'security.finding.sg-world' } })
  })
})
