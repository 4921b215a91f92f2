import { describe, expect, it } from 'vitest'
import { findPreset, PRESETS } from '../../data/presets'
import { CATALOG_WORDS_IN_JSON } from '../explain/testing/engine-words'
import { changeWords } from '../i18n/catalog/say-compare'
import type { Scenario } from '../model'
import { compareScenarios } from './compare-scenarios'
import { diffConfigs as diffCodes } from './diff-configs'
import { pickWinners } from './pick-winners'
import { SEOUL_PLANS } from './seoul-plans.fixture'

/** The diff with each change's label, values and effects in words, as the compare page shows them. */
const diffConfigs = (a: Scenario, b: Scenario, locale: 'en' | 'ko' = 'en') => diffCodes(a, b).map((c) => ({ ...c, ...changeWords(locale, c) }))

const [plan1, plan2, plan3, final] = SEOUL_PLANS.map((p) => p.scenario) as [any, any, any, any]
const byPath = (changes: ReturnType<typeof diffConfigs>, path: string) => changes.find((c) => c.path === path)

describe('diffConfigs', () => {
  it("names the design's own prices as a section, in both languages", () => {
    expect(byPath(diffConfigs(plan1, plan2), 'config.pricing')?.label).toBe('Your own prices changed')
    expect(byPath(diffConfigs(plan1, plan2, 'ko'), 'config.pricing')?.label).toMatch(/^직접 정한 단가/)
  })

  it('finds nothing between a plan and itself, and ignores the name', () => {
    expect(diffConfigs(final, final)).toEqual([])
    const renamed = structuredClone(final)
    renamed.config.name = 'Another name'
    expect(diffConfigs(final, renamed)).toEqual([])
  })

  it('prices Multi-AZ alone, which changes no recovery mode: RDS already replaces a Single-AZ host by itself (seed 000)', () => {
    const base = findPreset('swiftlogix')!.scenario
    const multiAz = structuredClone(base)
    multiAz.config.database.multiAz = true
    expect(diffConfigs(base, multiAz)).toEqual([
      expect.objectContaining({
        path: 'config.database.multiAz',
        label: 'Database Multi-AZ',
        from: 'off',
        to: 'on',
        effects: ['+$15.44/month'],
        effectTones: ['costs-more'],
      }),
    ])
  })

  it('lists plan 3 → final: tasks 1 → 2 per service with their cost, and the reservations going back to on-demand', () => {
    const changes = diffConfigs(plan3, final)
    const tasks = byPath(changes, 'config.services[*].count')!
    expect(tasks).toMatchObject({ label: 'Tasks per service', from: '1', to: '2', effects: ['+$62.18/month'] })
    expect(tasks.impact!.costDeltaUsd).toBe(62.18)
    // Seed 001's reserved RDS at 59.30 USD a month (seed-stated) against 81.76 USD on-demand.
    expect(byPath(changes, 'config.database.purchase')).toMatchObject({ from: '1-yr reserved, all upfront', to: 'on-demand', effects: ['+$22.46/month'] })
    expect(changes.map((c) => c.path).sort()).toEqual(
      // config.pricing: the final plan, all on-demand, drops plan 3's ceiling for a reserved bastion.
      ['config.adminAccess.bastion.purchase', 'config.cache.purchase', 'config.database.purchase', 'config.pricing', 'config.services[*].count'].sort(),
    )
  })

  it('lists plan 1 → plan 2: one shared NAT loses two automatic recoveries, the config server goes', () => {
    const changes = diffConfigs(plan1, plan2)
    expect(byPath(changes, 'config.network.nat')).toMatchObject({
      label: 'NAT',
      from: 'one NAT gateway per AZ',
      to: 'one shared NAT gateway',
      effects: ['−$43.07/month', 'az-outage: auto → partial', 'nat-loss: partial → manual'],
    })
    expect(byPath(changes, 'config.services[config]')).toMatchObject({ label: 'Config service', from: 'in the plan', to: 'removed', effects: ['−$20.72/month'] })
    // The ECS security group loses the config server's port from both load balancers: one entry per rule, no generic one.
    expect(byPath(changes, 'config.securityGroups[ecs-sg].ingress.removed[0]')).toMatchObject({ label: 'ECS-SG: inbound rule TCP 8086 from ALB-SG', from: 'in the plan', to: 'removed', specific: true })
    expect(byPath(changes, 'config.securityGroups[ecs-sg].ingress.removed[1]')).toMatchObject({ label: 'ECS-SG: inbound rule TCP 8086 from Internal-ALB-SG', to: 'removed' })
    expect(byPath(diffConfigs(plan1, plan2, 'ko'), 'config.securityGroups[ecs-sg].ingress.removed[0]')?.label).toBe('ECS-SG: 인바운드 규칙 TCP 8086, 소스 ALB-SG')
    expect(byPath(changes, 'config.securityGroups')).toBeUndefined()
  })

  it('lists plan 2 → plan 3: the internal ALB goes with its security group, the bastion shrinks', () => {
    const changes = diffConfigs(plan2, plan3)
    expect(byPath(changes, 'config.loadBalancers')).toMatchObject({ from: '2 (Public ALB, Internal ALB)', to: '1 (Public ALB)', effects: ['−$18.07/month', 'low findings: 2 → 1'] })
    expect(byPath(changes, 'config.securityGroups')).toBeUndefined()
    expect(byPath(changes, 'config.adminAccess.bastion')).toMatchObject({
      from: 't2.micro',
      to: 't2.nano',
      // Both reservations at their on-demand ceilings (the plans' pricing.overrides): 10.51 → 5.26 USD.
      effects: ['−$5.25/month'],
    })
    expect(byPath(changes, 'config.services[*].count')).toMatchObject({ from: '2', to: '1', effects: ['−$62.18/month'] })
  })

  it('names each service when only some change, and shows a moved maximum', () => {
    const b = structuredClone(final)
    b.config.services[0]!.count = { min: 2, desired: 3, max: 10 }
    const [change] = diffConfigs(final, b)
    expect(change).toMatchObject({ path: 'config.services[gateway].count', label: 'Gateway service: tasks', from: '2 (max 6)', to: '3 (max 10)' })
  })

  it('covers the settings a lead changes most, in plain words', () => {
    const b = structuredClone(final)
    b.config.network.azCount = 3
    b.config.network.flowLogs = false
    b.config.database.instanceClass = 'db.t3.micro'
    b.config.database.readReplicas = 1
    b.config.database.maxStorageGb = 100
    b.config.cache = undefined
    b.config.adminAccess.bastion = undefined
    b.config.adminAccess.ssm = true
    b.config.edge.waf = { enabled: true, rules: 5 }
    b.config.edge.cloudfront = true
    b.config.services.forEach((s: any) => (s.compute = { ...s.compute, vcpu: 0.5, memoryGb: 1 }))
    b.requirements.budget.monthly = 500_000
    b.requirements.traffic.peak.rps = 400
    b.requirements.sla.p95Ms = 500
    const changes = diffConfigs(final, b)
    const labels = Object.fromEntries(changes.map((c) => [c.label, `${c.from} → ${c.to}`]))
    expect(labels).toMatchObject({
      'Availability zones': '2 → 3',
      'VPC flow logs': 'on → off',
      'Database class': 'db.t3.small → db.t3.micro',
      'Read replicas': '0 → 1',
      'Database storage autoscaling': 'off → on, up to 100 GB',
      Cache: 'cache.t2.micro × 1 (redis) → none',
      Bastion: 't2.nano → none',
      'Session Manager (SSM)': 'off → on',
      WAF: 'off → on (5 rules)',
      CloudFront: 'off → on',
      'Fargate task size': '0.25 vCPU / 0.5 GB → 0.5 vCPU / 1 GB',
      'Monthly budget': '₩150,000 → ₩500,000',
      'Peak traffic': '200 req/s → 400 req/s',
      'SLA p95': '1000 ms → 500 ms',
    })
    expect(byPath(changes, 'config.database.maxStorageGb')!.effects).toContain('db-disk-full: manual → auto')
    expect(byPath(changes, 'config.network.flowLogs')!.effects).toEqual(['medium findings: 0 → 1'])
    expect(byPath(changes, 'requirements.budget.monthly')!.effects).toEqual(['budget: over → within'])
  })

  it('falls back to "X changed" for settings without a named entry', () => {
    const b = structuredClone(final)
    b.config.services[1]!.healthCheck.intervalSeconds = 10
    b.requirements.traffic.responseSizeKb = 50
    const changes = diffConfigs(final, b)
    expect(changes.map((c) => [c.label, c.specific, c.fields])).toEqual([
      ['User service settings changed', false, ['healthCheck.intervalSeconds']],
      ['Traffic profile changed', false, ['responseSizeKb']],
    ])
    expect(changes[0]).toMatchObject({ from: '30', to: '10' })
    expect(changes[1]!.effects[0]).toMatch(/^\+\$/)
  })

  it('says when a change cannot be evaluated alone instead of guessing', () => {
    const mau = findPreset('mau-1m')!.scenario
    const added = diffConfigs(final, mau).find((c) => c.to === 'added')!
    expect(added.impact).toBeNull()
    expect(added.effects[0]).toMatch(/^not evaluated alone: .*unknown security group/)
  })

  it('speaks Korean', () => {
    const changes = diffConfigs(plan1, plan2, 'ko')
    expect(byPath(changes, 'config.network.nat')).toMatchObject({
      label: 'NAT',
      from: 'AZ마다 NAT 게이트웨이',
      to: 'NAT 게이트웨이 1개 공유',
      effects: ['−US$43.07/월', 'az-outage: 자동 → 부분', 'nat-loss: 부분 → 수동'],
    })
    expect(byPath(changes, 'config.database.purchase')!.to).toBe('1년 예약, 전액 선결제')
  })
})

describe('what a comparison returns', () => {
  it('is codes and facts, never words of a language: every label, value, effect and reason is a compare code', () => {
    PRESETS.forEach((preset, i) => {
      const next = PRESETS[(i + 1) % PRESETS.length]!
      const changes = diffCodes(preset.scenario, next.scenario)
      const winners = pickWinners(compareScenarios([preset, next].map((p) => ({ id: p.id, name: p.id, scenario: p.scenario }))))
      const reasons = [...changes.flatMap((c) => [c.label, c.from, c.to, ...c.effects]), ...winners.map((w) => w.reason)].filter((r) => r !== null)
      expect(reasons.every((r) => r.code.startsWith('compare.')), preset.id).toBe(true)
      expect(JSON.stringify({ changes, winners }), preset.id).not.toMatch(CATALOG_WORDS_IN_JSON)
    })
  })
})
