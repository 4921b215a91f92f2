import { describe, expect, it } from 'vitest'
import { CATALOG_WORDS_IN_JSON, collectStrings } from '../explain/testing/engine-words'
import { say } from '../i18n'
import { findPreset } from '../../data/presets'
import type { SgRule } from '../model'
import { assessSecurity } from './assess-security'

function swiftlogix() {
  const preset = findPreset('swiftlogix')
  if (!preset) throw new Error('swiftlogix preset missing')
  return structuredClone(preset.scenario)
}

const world = (fromPort: number, toPort = fromPort, protocol: SgRule['protocol'] = 'tcp'): SgRule => ({
  protocol,
  fromPort,
  toPort,
  peer: { kind: 'cidr', cidr: '0.0.0.0/0' },
})

function groupOf(scenario: ReturnType<typeof swiftlogix>, id: string) {
  const group = scenario.config.securityGroups.find((g) => g.id === id)
  if (!group) throw new Error(`no group ${id}`)
  return group
}

const ids = (scenario: ReturnType<typeof swiftlogix>) =>
  assessSecurity(scenario.config, scenario.requirements).findings.map((f) => f.id)

describe('assessSecurity', () => {
  it('finds no high-severity issue in the swiftlogix proposal', () => {
    const { config, requirements } = swiftlogix()
    const assessment = assessSecurity(config, requirements)
    expect(assessment.counts.high).toBe(0)
    expect(assessment.findings.filter((f) => f.severity === 'high')).toEqual([])
  })

  it('lists only the ALB web ports as directly reachable from the internet', () => {
    const { config, requirements } = swiftlogix()
    const reachable = assessSecurity(config, requirements).internetReachable
    expect(reachable.map((r) => `${r.target}:${r.port}`)).toEqual(['alb:alb:80', 'alb:alb:443'])
    expect(reachable[1]?.path).toEqual(['internet', 'igw', 'subnet:public', 'sg:alb-sg tcp/443', 'alb:alb'])
  })

  it('answers the database question: not directly, only through the ALB and a service', () => {
    const { config, requirements } = swiftlogix()
    const { dbQuestion } = assessSecurity(config, requirements)
    expect(dbQuestion.direct).toBe(false)
    expect(dbQuestion.path).toEqual(['internet', 'alb:alb', 'service:order', 'database'])
  })

  it('flags 5432 open to the world on RDS-SG as high, and explains the database is still private', () => {
    const scenario = swiftlogix()
    groupOf(scenario, 'rds-sg').ingress.push(world(5432))
    const assessment = assessSecurity(scenario.config, scenario.requirements)
    const finding = assessment.findings.find((f) => f.id === 'sg-world-db-port:rds-sg')
    expect(finding).toMatchObject({ severity: 'high', rule: 'AVD-AWS-0107' })
    expect(finding && say('en', finding.message)).toContain('Not reachable from the internet today: the database is in the private-db tier')
    expect(assessment.dbQuestion.direct).toBe(false)
    expect(say('en', assessment.dbQuestion.explanation)).toContain('although RDS-SG admits 5432 from 0.0.0.0/0')
    expect(assessment.internetReachable.some((r) => r.target === 'database')).toBe(false)
  })

  it('lets the internet reach a publicly accessible database in an igw-routed tier, and says so three ways', () => {
    const scenario = swiftlogix()
    scenario.config.database.publiclyAccessible = true
    scenario.config.network.routing['private-db'].defaultRoute = 'igw'
    groupOf(scenario, 'rds-sg').ingress.push(world(5432))
    const assessment = assessSecurity(scenario.config, scenario.requirements)
    expect(assessment.dbQuestion).toMatchObject({ reachable: true, direct: true, path: ['internet', 'database'] })
    expect(assessment.internetReachable).toContainEqual({
      target: 'database',
      port: 5432,
      path: ['internet', 'igw', 'subnet:private-db', 'sg:rds-sg tcp/5432', 'database'],
    })
    const found = assessment.findings.map((f) => f.id)
    expect(found).toEqual(expect.arrayContaining(['db-public', 'db-in-internet-routable-subnet', 'policy-breach:internet->private-db']))
    expect(assessment.findings.find((f) => f.id === 'db-public')?.rule).toBe('CKV_AWS_17')
    expect(say('en', assessment.findings.find((f) => f.id === 'sg-world-db-port:rds-sg')!.message)).toContain('The internet reaches database on 5432')
  })

  it('raises sg-world-ssh when the bastion admits SSH from 0.0.0.0/0, and the internet then reaches it', () => {
    const scenario = swiftlogix()
    groupOf(scenario, 'bastion-sg').ingress.push(world(22))
    const assessment = assessSecurity(scenario.config, scenario.requirements)
    expect(assessment.findings.find((f) => f.id === 'sg-world-ssh:bastion-sg')).toMatchObject({ severity: 'high', rule: 'CKV_AWS_24' })
    expect(assessment.internetReachable.map((r) => r.target)).toContain('bastion')
    expect(assessment.layers.find((l) => l.id === 5)?.passed).toBe(false)
  })

  it('tells RDP, all ports and other ports apart', () => {
    const scenario = swiftlogix()
    groupOf(scenario, 'bastion-sg').ingress.push(world(3389), world(0, 0, 'all'))
    groupOf(scenario, 'ecs-sg').ingress.push(world(8080), world(53, 53, 'udp'))
    const found = ids(scenario)
    expect(found).toEqual(expect.arrayContaining(['sg-world-rdp:bastion-sg', 'sg-world-all-ports:bastion-sg', 'sg-world-other-port:ecs-sg']))
    const assessment = assessSecurity(scenario.config, scenario.requirements)
    expect(assessment.findings.find((f) => f.id === 'sg-world-all-ports:bastion-sg')?.rule).toBe('CKV_AWS_277')
    expect(assessment.findings.find((f) => f.id === 'sg-world-other-port:ecs-sg')?.severity).toBe('medium')
  })

  it('flags web ports opened to the world on anything but an internet-facing ALB', () => {
    const scenario = swiftlogix()
    groupOf(scenario, 'ecs-sg').ingress.push(world(443))
    expect(ids(scenario)).toContain('sg-world-web-port:ecs-sg')
  })

  it('reports an unencrypted database and cache', () => {
    const scenario = swiftlogix()
    scenario.config.database.encrypted = false
    scenario.config.cache = { engine: 'redis', nodeType: 'cache.t3.micro', nodes: 1, purchase: 'on-demand', encrypted: false, securityGroups: ['rds-sg'] }
    const assessment = assessSecurity(scenario.config, scenario.requirements)
    expect(assessment.findings.find((f) => f.id === 'db-unencrypted')).toMatchObject({ severity: 'high', rule: 'CKV_AWS_16' })
    expect(assessment.findings.find((f) => f.id === 'cache-unencrypted')).toMatchObject({ severity: 'medium', rule: 'CKV_AWS_29, CKV_AWS_30' })
  })

  it('rates a plain HTTP listener medium on an external ALB and low on an internal one', () => {
    const scenario = swiftlogix()
    scenario.config.loadBalancers[0]!.listeners[0]!.redirectToHttps = false
    const severity = () =>
      assessSecurity(scenario.config, scenario.requirements).findings.find((f) => f.id === 'http-listener-without-redirect:alb')?.severity
    expect(severity()).toBe('medium')
    scenario.config.loadBalancers[0]!.scheme = 'internal'
    expect(severity()).toBe('low')
  })

  it('reports invalid headers, public IPs on launch, WAF-less CloudFront and missing admin paths as low', () => {
    const scenario = swiftlogix()
    scenario.config.loadBalancers[0]!.dropInvalidHeaders = false
    scenario.config.network.routing.public.mapPublicIpOnLaunch = true
    scenario.config.edge.cloudfront = true
    scenario.config.adminAccess.bastion = undefined
    const assessment = assessSecurity(scenario.config, scenario.requirements)
    const severities = Object.fromEntries(assessment.findings.map((f) => [f.id, f.severity]))
    expect(severities).toMatchObject({
      'alb-keeps-invalid-headers:alb': 'low',
      'public-ip-on-launch:public': 'low',
      'waf-off-with-cloudfront': 'low',
      'no-admin-path': 'low',
      'container-insights-off': 'low',
      'admin-access-mismatch': 'medium',
    })
  })

  it('reports a tier-to-tier connection the policy does not allow', () => {
    const scenario = swiftlogix()
    groupOf(scenario, 'bastion-sg').ingress.push({ protocol: 'tcp', fromPort: 22, toPort: 22, peer: { kind: 'sg', sgId: 'ecs-sg' } })
    groupOf(scenario, 'ecs-sg').egress = undefined
    const breach = assessSecurity(scenario.config, scenario.requirements).findings.find((f) => f.id === 'policy-breach:private-app->public')
    expect(breach?.severity).toBe('high')
    expect(breach && say('en', breach.message)).toContain('service:order → bastion on 22 (bastion-sg)')
  })

  it('counts findings by severity and lists high ones first', () => {
    const scenario = swiftlogix()
    scenario.config.network.flowLogs = false
    groupOf(scenario, 'bastion-sg').ingress.push(world(22))
    const { findings, counts } = assessSecurity(scenario.config, scenario.requirements)
    expect(counts).toEqual({
      high: findings.filter((f) => f.severity === 'high').length,
      medium: findings.filter((f) => f.severity === 'medium').length,
      low: findings.filter((f) => f.severity === 'low').length,
    })
    expect(findings[0]?.severity).toBe('high')
    expect(findings.at(-1)?.severity).toBe('low')
  })
})

describe('what assessSecurity says', () => {
  /** Codes, ids, CIDRs and ports are facts; 'TCP 1024-2048', 'sg:alb-sg tcp/443', 'Office 203.0.113.10/32' and a path's 'ALB ext-alb:443' are notation, the same in every language. */
  const FACT = [/^security\.[a-z0-9.-]+$/, /^\S+$/, /^(TCP|UDP) \d+(-\d+)?$/, /^sg:\S+ (tcp|udp|all)\/\d+$/, /^ALB \S+$/, /^(sg \S+|.+ \d+\.\d+\.\d+\.\d+\/\d+)$/]

  it('returns codes and params, never prose, Hangul or { en, ko } pairs, for every preset and a design with open ports', async () => {
    const { PRESETS } = await import('../../data/presets')
    const open = swiftlogix()
    groupOf(open, 'bastion-sg').ingress.push(world(22), world(3389))
    groupOf(open, 'ecs-sg').ingress.push(world(80), world(8080), world(53, 53, 'udp'))
    open.config.adminAccess.ssm = true
    for (const scenario of [...PRESETS.map((p) => p.scenario), open]) {
      const result = assessSecurity(scenario.config, scenario.requirements)
      // Whatever the user typed (names, labels) may come back as it was typed.
      const typed = new Set(collectStrings(scenario))
      const prose = collectStrings(result).filter((s) => !typed.has(s) && !FACT.some((fact) => fact.test(s)))
      expect(prose, scenario.config.name).toEqual([])
      expect(JSON.stringify(result)).not.toMatch(CATALOG_WORDS_IN_JSON)
    }
  })

  it('says what a world-open SSH rule admits and why the internet does or does not reach it', () => {
    const scenario = swiftlogix()
    groupOf(scenario, 'bastion-sg').ingress.push(world(22))
    const ssh = assessSecurity(scenario.config, scenario.requirements).findings.find((f) => f.id === 'sg-world-ssh:bastion-sg')!
    expect(ssh.message).toEqual({
      code: 'security.finding.sg-world',
      params: { group: 'Bastion-SG', ports: { code: 'security.ports.ssh', params: { port: 22 } }, note: { code: 'security.note.reached', params: { reached: [{ target: 'bastion', port: 22 }] } } },
    })
    expect(ssh.fix).toEqual({ code: 'security.fix.sg-world-ssh', params: {} })
  })
})
