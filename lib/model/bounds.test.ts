import { describe, expect, it } from 'vitest'
import { buildLargeScenario } from '../../bench/large-config'
import { findPreset, PRESETS } from '../../data/presets'
import { applyOverrides } from './apply-overrides'
import { parseScenario } from './parse-scenario'
import { LIMITS } from './primitives'
import { checkScenarioLink, encodeScenarioParam } from './scenario-link'
import type { Scenario } from './scenario'

const swiftlogix = () => structuredClone(findPreset('swiftlogix')!.scenario)

/** The "path: message" lines a scenario is refused with. */
function refusals(scenario: unknown): string[] {
  const result = parseScenario(scenario)
  if (result.ok) throw new Error('expected the schema to refuse the scenario')
  return result.errors.map((e) => `${e.path}: ${e.message}`)
}

function withServiceZero(edit: (s: Scenario['config']['services'][number]) => void): Scenario {
  const s = swiftlogix()
  edit(s.config.services[0]!)
  return s
}

describe('every number in the schema has a bound that keeps one evaluation cheap', () => {
  it('refuses a scheduled peak of two billion tasks, naming the field and the limit', () => {
    const s = withServiceZero((svc) => (svc.scaling = { ...svc.scaling, policy: 'none', scheduledPeakCount: 2e9 }))
    expect(refusals(s)).toContain('config.services[0].scaling.scheduledPeakCount: must be at most 500')
  })

  it('refuses the largest safe integer as a scheduled peak', () => {
    const s = withServiceZero((svc) => (svc.scaling = { ...svc.scaling, policy: 'none', scheduledPeakCount: Number.MAX_SAFE_INTEGER }))
    expect(refusals(s)).toContain('config.services[0].scaling.scheduledPeakCount: must be at most 500')
  })

  it('accepts a scheduled peak of 500 tasks', () => {
    const s = withServiceZero((svc) => (svc.scaling = { ...svc.scaling, policy: 'none', scheduledPeakCount: 500 }))
    expect(parseScenario(s).ok).toBe(true)
  })

  it('bounds the other counts, lists and figures a link could inflate', () => {
    const s = swiftlogix()
    const c = s.config
    c.services[0]!.securityGroups = ['alb-sg', 'ecs-sg', 'rds-sg', 'bastion-sg', 'alb-sg', 'ecs-sg']
    c.services[1]!.scaling = { ...c.services[1]!.scaling, metric: 'cpu', target: 1e9 }
    c.services[2]!.performance.measuredP95Ms = 1e300
    c.securityGroups[0]!.ingress = Array.from({ length: LIMITS.rulesPerSecurityGroup + 1 }, (_, i) => ({ protocol: 'tcp' as const, fromPort: i, toPort: i, peer: { kind: 'cidr' as const, cidr: '0.0.0.0/0' } }))
    c.loadBalancers[0]!.listeners = Array.from({ length: 11 }, (_, i) => ({ port: 8000 + i, protocol: 'HTTP' as const, redirectToHttps: false }))
    c.network.vpcEndpoints = ['s3', 's3']
    c.adminAccess.bastion!.instanceType = `t${'2'.repeat(80)}.nano`
    s.requirements.traffic.bands = Array.from({ length: 25 }, (_, i) => ({ name: `Hour ${i}`, rps: 1, hoursPerDay: 24 / 25 }))
    s.requirements.recovery.rtoMinutes = 1e308
    s.requirements.securityPolicy.allowed = Array.from({ length: 16 }, () => ({ from: 'internet' as const, to: 'public' as const }))
    expect(refusals(s)).toEqual(
      expect.arrayContaining([
        'config.services[0].securityGroups: allows at most 5 item(s)',
        'config.services[1].scaling.target: must be at most 1000000',
        'config.services[2].performance.measuredP95Ms: must be at most 600000',
        'config.securityGroups[0].ingress: allows at most 250 item(s)',
        'config.loadBalancers[0].listeners: allows at most 10 item(s)',
        'config.network.vpcEndpoints: list each endpoint once',
        'config.adminAccess.bastion.instanceType: must be at most 64',
        'requirements.traffic.bands: allows at most 24 item(s)',
        'requirements.recovery.rtoMinutes: must be at most 525600',
        'requirements.securityPolicy.allowed: allows at most 15 item(s)',
      ]),
    )
  })

  it('refuses a CPU target above 100 %', () => {
    const s = withServiceZero((svc) => (svc.scaling = { policy: 'target-tracking', metric: 'cpu', target: 150 }))
    expect(refusals(s)).toContain('config.services[0].scaling.target: a cpu target is a percentage: must be at most 100')
  })

  it('refuses more than 2,000 security-group rules in one design', () => {
    const s = swiftlogix()
    s.config.securityGroups.push(
      ...Array.from({ length: 9 }, (_, g) => ({
        id: `extra-${g}`,
        name: `Extra ${g}`,
        ingress: Array.from({ length: 230 }, (_, i) => ({ protocol: 'tcp' as const, fromPort: i, toPort: i, peer: { kind: 'cidr' as const, cidr: '10.0.0.0/16' } })),
      })),
    )
    expect(refusals(s)).toContain('config.securityGroups: holds 2079 rules in all: must be at most 2000')
  })

  it('refuses a design whose parts multiply past the evaluation-work limits, and says what to change', () => {
    // 200 services sharing one group with 40 single-port rules: every node against 8,000 ports.
    const s = buildLargeScenario(50)
    s.config.services = Array.from({ length: 200 }, (_, i) => ({ ...structuredClone(s.config.services[0]!), id: `s-${i}`, port: 30_000 + i, securityGroups: ['svc-01-sg'] }))
    s.config.securityGroups.find((g) => g.id === 'svc-01-sg')!.ingress = Array.from({ length: 40 }, (_, i) => ({ protocol: 'tcp' as const, fromPort: 9000 + i, toPort: 9000 + i, peer: { kind: 'cidr' as const, cidr: '10.0.0.0/16' } }))
    const lines = refusals(s)
    expect(lines.some((l) => /^config: this design is too large to evaluate at once: [\d,]+ source × target-port checks of who can reach what, at most 320,000 \(use fewer/.test(l))).toBe(true)
  })

  it('keeps every preset and both large benchmark designs valid', () => {
    for (const preset of PRESETS) expect(parseScenario(preset.scenario).ok).toBe(true)
    expect(parseScenario(buildLargeScenario(50)).ok).toBe(true)
    expect(parseScenario(buildLargeScenario(200, { internalLoadBalancers: 100 })).ok).toBe(true)
  })
})

describe('a link over the limits is told from a broken one', () => {
  it('marks a crafted link with a two-billion-task peak as over the limits', () => {
    const crafted = withServiceZero((svc) => (svc.scaling = { ...svc.scaling, policy: 'none', scheduledPeakCount: 2e9 }))
    const check = checkScenarioLink(encodeScenarioParam(crafted))
    expect(check).toMatchObject({ ok: false, overLimits: true })
    expect(!check.ok && check.errors).toContainEqual({ path: 'config.services[0].scaling.scheduledPeakCount', message: 'must be at most 500', reason: { code: 'model.too-big', params: { maximum: 500 } } })
  })

  it('does not mark a garbled or wrongly typed link as over the limits', () => {
    expect(checkScenarioLink('not-a-scenario')).toMatchObject({ ok: false, overLimits: false })
    const retyped = withServiceZero((svc) => ((svc.count as unknown as { max: string }).max = 'many'))
    expect(checkScenarioLink(encodeScenarioParam(retyped))).toMatchObject({ ok: false, overLimits: false })
  })

  it('accepts a valid link', () => {
    expect(checkScenarioLink(encodeScenarioParam(swiftlogix()))).toMatchObject({ ok: true })
  })
})

describe('--set is held to the same bounds', () => {
  it('refuses services.0.scaling.scheduledPeakCount=1000000000000 with the field and the limit', () => {
    const result = applyOverrides(swiftlogix(), ['services.0.scaling.policy="none"', 'services.0.scaling.scheduledPeakCount=1000000000000'])
    expect(result.ok).toBe(false)
    expect(!result.ok && 'message' in result && result.message).toContain('config.services[0].scaling.scheduledPeakCount: must be at most 500')
  })
})
