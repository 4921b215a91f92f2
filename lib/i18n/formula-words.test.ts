import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../data/presets'
import { evaluateScenario } from '../evaluate'
import { setDbMultiAz, setNatGateways, type Scenario } from '../model'
import { costLineText, translateNotation } from './formula-words'

/** Words Korean engineers read in English: AWS's product names, units and notation. */
const KEPT_IN_ENGLISH = new Set(
  (
    'AWS IPv ALB LCU NAT VPC EC2 RDS ECS ECR ACL WAF IPv4 KiB GiB vCPU Fargate ElastiCache CloudWatch CloudFront Logs Route Database Insights ' +
    'Application Load Balancer Spot Multi Single redis memcached mysql postgresql mariadb gp2 gp3 io1 io2 max min req KRW USD ' +
    'logs ssm ssmmessages ec2messages secretsmanager kms sts api dkr ecr'
  ).split(' '),
)

/** Scenarios that reach every kind of bill line: interface endpoints, NAT instance, read replicas, WAF, Route 53, … */
function variants(): Scenario[] {
  return PRESETS.flatMap(({ scenario }) => [
    scenario,
    { ...scenario, config: setNatGateways(setDbMultiAz(scenario.config, true), 2) },
    { ...scenario, config: { ...scenario.config, network: { ...scenario.config.network, nat: { mode: 'instance', instanceType: 't3.nano' } } } },
    { ...scenario, requirements: { ...scenario.requirements, traffic: { ...scenario.requirements.traffic, peak: { ...scenario.requirements.traffic.peak, rps: 50_000 } } } },
  ])
}

/** English words left after translation, minus product names, user-typed names and instance types. */
function leftoverEnglish(korean: string, userNames: readonly string[]): string[] {
  let rest = korean
  for (const name of userNames) rest = rest.split(name).join(' ')
  rest = rest.replace(/\b(?:db\.|cache\.)?[a-z]+\d[a-z0-9]*\.\w+/g, ' ') // instance types: db.t3.micro, t4g.medium
  return (rest.match(/[A-Za-z][A-Za-z-]{2,}/g) ?? [])
    .flatMap((word) => word.split('-'))
    .filter((word) => word.length > 2 && !KEPT_IN_ENGLISH.has(word) && !/^(db|cache|t\d|m\d|r\d|c\d)/.test(word))
}

describe('formulas and bill labels in Korean', () => {
  it('translates every word an engine writes into a formula or a bill label', () => {
    const problems = new Set<string>()
    for (const scenario of variants()) {
      const { cost } = evaluateScenario(scenario)
      const userNames = [
        ...scenario.config.services.map((s) => s.name),
        ...scenario.config.loadBalancers.map((lb) => lb.name),
        scenario.requirements.traffic.peak.name,
        ...scenario.config.services.map((s) => s.id),
      ]
      const notations = [
        ...cost.lines.flatMap((l) => [l.label, l.formula]),
        cost.formula,
        cost.band.formula,
        cost.budget.formula,
      ]
      for (const notation of notations) {
        const left = leftoverEnglish(translateNotation(notation, 'ko'), userNames)
        if (left.length > 0) problems.add(`"${notation}" keeps ${left.join(', ')}`)
      }
    }
    expect([...problems]).toEqual([])
  })

  it('keeps every number of the English formula', () => {
    const line = evaluateScenario(PRESETS[0]!.scenario).cost.lines[0]!
    const ko = costLineText(line, 'ko')
    expect(ko.formula.match(/[\d.,$]+/g)?.filter((n) => /\d/.test(n))).toEqual(line.formula.match(/[\d.,$]+/g)?.filter((n) => /\d/.test(n)))
  })

  it('reads the seed formula in Korean and leaves English untouched', () => {
    const formula = '6 tasks × 0.5 vCPU × 730 h × $0.04048/vCPU-h = $88.65'
    expect(translateNotation(formula, 'ko')).toBe('태스크 6개 × 0.5 vCPU × 730 h × $0.04048/vCPU-h = $88.65')
    expect(translateNotation(formula, 'en')).toBe(formula)
  })
})
