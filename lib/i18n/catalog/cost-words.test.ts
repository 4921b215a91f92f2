import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../../data/presets'
import type { CostComponent, PriceBasis } from '../../cost'
import { evaluateScenario, listBreaches, priceOptions } from '../../evaluate'
import { setDbMultiAz, setNatGateways, type Scenario } from '../../model'
import type { CostNamespaceReason } from './cost-namespace'
import { cost as en } from './en/cost'
import { cost as ko } from './ko/cost'
import { costLineWords, sayCost } from './say-cost'

/** Words Korean engineers read in English: AWS's product names, units and notation. */
const KEPT_IN_KOREAN = new Set(
  'Fargate vCPU EC2 RDS ElastiCache CloudWatch Logs Database Insights NAT VPC IPv4 ALB LCU Application Load Balancer CloudFront HTTPS WAF ACL Route Spot Multi Single AZ DNS GB KiB KRW USD SLA p95 max ms'.split(' '),
)

/** Scenarios that reach every line, purchase option, unknown price, option and breach. */
function variants(): Scenario[] {
  return PRESETS.flatMap(({ scenario }) => {
    const c = scenario.config
    const everything: Scenario = {
      ...scenario,
      config: {
        ...c,
        database: { ...c.database, readReplicas: 2, insights: 'advanced', purchase: 'reserved-1yr-no-upfront' },
        cache: { engine: 'redis', nodeType: 'cache.t3.micro', nodes: 2, purchase: 'reserved-1yr-all-upfront', encrypted: true, securityGroups: ['cache-sg'] },
        adminAccess: { ...c.adminAccess, bastion: { instanceType: 't3.micro', purchase: 'reserved-1yr-all-upfront', securityGroups: ['bastion-sg'] } },
        edge: { cloudfront: true, waf: { enabled: true, rules: 3 }, route53: { hostedZones: 2, queriesMillionsPerMonth: 3.5 } },
        monitoring: { ...c.monitoring, alarms: 7, dashboards: 6 },
        network: { ...c.network, vpcEndpoints: ['s3', 'logs', 'ecr-api'] },
        billing: { ...c.billing, includePublicIpv4: true },
        pricing: { overrides: [{ key: 'alb.hour', usd: 0.02, note: 'negotiated' }], discountPercent: 5, spotDiscountPercent: 60 },
        services: c.services.map((s) => (s.compute.kind === 'fargate' ? { ...s, compute: { ...s.compute, ephemeralStorageGb: 50 } } : s.compute.kind === 'ec2' ? { ...s, compute: { ...s.compute, onDemandBase: 1 } } : s)),
      },
    }
    const strained: Scenario = {
      ...scenario,
      config: {
        ...c,
        database: { ...c.database, instanceClass: 'db.r6g.xlarge', insights: 'advanced' },
        // SSH open to the world on the bastion: a high finding, so a security breach.
        securityGroups: c.securityGroups.map((g) => (g.id === 'bastion-sg' ? { ...g, ingress: g.ingress.map((r, i) => (i === 0 ? { ...r, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } } : r)) } : g)),
      },
      // No NAT outbound traffic stated: the NAT's data line is unknown and says why.
      requirements: { ...scenario.requirements, sla: { ...scenario.requirements.sla, p95Ms: 1 }, budget: { ...scenario.requirements.budget, currency: 'USD', monthly: 1 }, traffic: { ...scenario.requirements.traffic, natOutboundGbPerMonth: undefined } },
    }
    return [scenario, everything, strained, { ...scenario, config: setNatGateways(setDbMultiAz(c, true), 2) }, { ...scenario, config: { ...c, network: { ...c.network, nat: { mode: 'instance', instanceType: 't3.nano' } } } }]
  })
}

/** Every reason of the cost namespace the engines return for a scenario, nested formula factors included. */
function reasonsOf(scenario: Scenario): CostNamespaceReason[] {
  const e = evaluateScenario(scenario)
  const { cost } = e
  return [
    ...cost.lines.flatMap((l) => [l.label, l.formula, l.source, ...l.formula.params.terms.flatMap((t) => t.quantity), ...(l.formula.params.notes ?? [])]),
    cost.formula,
    cost.band.formula,
    cost.budget.formula,
    ...priceOptions(scenario, e).map((o) => o.label),
    ...listBreaches(e).flatMap((b) => (b.kind === 'design' ? [] : [b.message])),
  ]
}

const NAMES: CostNamespaceReason[] = [
  ...(['compute', 'database', 'cache', 'network', 'load-balancer', 'admin-access', 'edge', 'monitoring', 'data-transfer'] satisfies CostComponent[]).map(
    (id) => ({ code: `cost.component.${id}`, params: {} }) as const,
  ),
  ...(['published', 'derived', 'seed-stated', 'assumed', 'unknown'] satisfies PriceBasis[]).map((id) => ({ code: `cost.basis.${id}`, params: {} }) as const),
]

/** The facts a message repeats as given: names, ids, instance types, price ids, sources' titles. */
function dataIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(dataIn)
  return []
}

/** Latin words left in a Korean message once its data is taken out, minus AWS names and units. */
function englishLeftIn(korean: string, reason: CostNamespaceReason): string[] {
  let rest = korean
  for (const data of dataIn(reason.params).sort((a, b) => b.length - a.length)) rest = rest.split(data).join(' ')
  return (rest.match(/[A-Za-z][A-Za-z0-9-]+/g) ?? []).flatMap((w) => w.split('-')).filter((w) => w.length > 1 && !KEPT_IN_KOREAN.has(w))
}

describe('the cost namespace', () => {
  const reasons = [...variants().flatMap(reasonsOf), ...NAMES]

  it('words every code, in both languages', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort())
    const said = new Set(reasons.map((r) => r.code))
    expect(Object.keys(en).filter((code) => !said.has(code as CostNamespaceReason['code']))).toEqual([])
  })

  it('says every reason of every preset and variant without gaps, Hangul in English or English in Korean', () => {
    const problems = new Set<string>()
    for (const reason of reasons) {
      const english = sayCost('en', reason)
      const korean = sayCost('ko', reason)
      if (english.trim() === '' || /undefined|NaN|null|\[object/.test(english) || /[\uac00-\ud7a3]/.test(english)) problems.add(`en ${reason.code}: "${english}"`)
      if (korean.trim() === '' || /undefined|NaN|null|\[object/.test(korean)) problems.add(`ko ${reason.code}: "${korean}"`)
      const left = englishLeftIn(korean, reason)
      if (left.length > 0) problems.add(`ko ${reason.code}: "${korean}" keeps ${left.join(', ')}`)
    }
    expect([...problems]).toEqual([])
  })

  it("keeps a price source's title and date as published in every language", () => {
    const line = evaluateScenario(PRESETS[0]!.scenario).cost.lines.find((l) => l.id === 'rds-storage')!
    expect(line.source.code).toBe('cost.source.published')
    expect(costLineWords(line, 'ko').source).toBe(costLineWords(line, 'en').source)
    expect(costLineWords(line, 'ko').source).toContain('provisioned GP3 storage running PostgreSQL')
  })

  it('reads the seed formula with the same numbers in both languages', () => {
    const line = evaluateScenario(PRESETS[0]!.scenario).cost.lines[0]!
    expect(costLineWords(line, 'en').formula).toBe('6 tasks × 0.5 vCPU × 730 h × $0.04048/vCPU-h = $88.65')
    expect(costLineWords(line, 'ko').formula).toBe('태스크 6개 × 0.5 vCPU × 730 h × $0.04048/vCPU-h = $88.65')
  })
})
