import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fileURLToPath } from 'node:url'
import { PRESETS } from '../../../data/presets'
import type { ArchitectureConfig, Requirements, Scenario, SgRule } from '../../model'
import { answerReachability } from '../../security/answer-reachability'
import { assessSecurity } from '../../security/assess-security'
import type { SecurityReason } from '../../security/security-reasons'
import { pseudoCatalog, pseudoLocalize, say, sayWith } from './index'

/**
 * Every reason the security engine returns is worded by the catalog in English and Korean: the
 * Korean is Korean (Hangul), not empty, and keeps every number of the English; the English has no
 * Hangul, and neither says undefined or NaN. The variants below trigger every finding rule; the rule
 * list is read from the engine's source, so a new rule without a variant (or without words) fails.
 */

const HANGUL = /[가-힣]/

const WORLD = { kind: 'cidr', cidr: '0.0.0.0/0' } as const
const world = (fromPort: number, toPort = fromPort, protocol: SgRule['protocol'] = 'tcp'): SgRule => ({ protocol, fromPort, toPort, peer: WORLD })

function preset(id: string): Scenario {
  const found = PRESETS.find((p) => p.id === id)
  if (!found) throw new Error(`preset ${id} missing`)
  return structuredClone(found.scenario)
}

function group(config: ArchitectureConfig, id: string) {
  const found = config.securityGroups.find((g) => g.id === id)
  if (!found) throw new Error(`no group ${id}`)
  return found
}

type Variant = { name: string; scenario: Scenario }

/** Applies `change` to a copy of the preset. */
function mutate(id: string, name: string, change: (config: ArchitectureConfig, requirements: Requirements) => void): Variant {
  const scenario = preset(id)
  change(scenario.config, scenario.requirements)
  return { name: `${id}: ${name}`, scenario }
}

const VARIANTS: Variant[] = [
  ...PRESETS.map((p) => ({ name: p.id, scenario: structuredClone(p.scenario) })),
  mutate('swiftlogix', 'every port open to the world on the tasks', (c) => group(c, 'ecs-sg').ingress.push(world(0, 65535, 'all'))),
  mutate('swiftlogix', 'SSH and RDP open to the world on the bastion', (c) => group(c, 'bastion-sg').ingress.push(world(22), world(3389))),
  mutate('swiftlogix', 'PostgreSQL and MySQL open to the world', (c) => group(c, 'rds-sg').ingress.push(world(5432), world(3306))),
  mutate('swiftlogix', 'web and other ports open to the world on the tasks', (c) => group(c, 'ecs-sg').ingress.push(world(80), world(8080), world(53, 53, 'udp'))),
  mutate('swiftlogix', 'a world-open group that no resource carries', (c) => c.securityGroups.push({ id: 'spare-sg', name: 'Spare-SG', ingress: [world(443), world(22)] })),
  mutate('swiftlogix', 'SSH open to the world and the public tier without an internet gateway', (c) => {
    group(c, 'bastion-sg').ingress.push(world(22))
    c.network.internetGateway = false
  }),
  mutate('swiftlogix', 'a publicly accessible database in an internet-routed tier', (c) => {
    c.database.publiclyAccessible = true
    c.network.routing['private-db'].defaultRoute = 'igw'
    group(c, 'rds-sg').ingress.push(world(5432))
  }),
  mutate('swiftlogix', 'a publicly accessible database behind a NAT route', (c) => {
    c.database.publiclyAccessible = true
    c.network.routing['private-db'].defaultRoute = 'nat'
  }),
  mutate('swiftlogix', 'unencrypted database, privileged app user, address ranges on the data tier', (c) => {
    c.database.encrypted = false
    c.database.appUserLeastPrivilege = false
    group(c, 'rds-sg').ingress.push({ protocol: 'tcp', fromPort: 5432, toPort: 5432, peer: { kind: 'cidr', cidr: '10.0.0.0/16' } })
  }),
  mutate('swiftlogix', 'unencrypted database where the policy does not require encryption', (c, r) => {
    c.database.encrypted = false
    r.securityPolicy.requireEncryption = false
  }),
  mutate('mau-1m', 'unencrypted cache admitting an office range', (c) => {
    c.cache!.encrypted = false
    const cacheGroup = c.cache!.securityGroups[0]!
    group(c, cacheGroup).ingress.push({ protocol: 'tcp', fromPort: 6379, toPort: 6379, peer: { kind: 'cidr', cidr: '198.51.100.0/24', label: 'Office' } })
  }),
  mutate('petclinic-3tier', 'CloudFront without WAF', (c) => {
    c.edge.cloudfront = true
    c.edge.waf.enabled = false
  }),
  mutate('swiftlogix', 'plain HTTP and invalid headers on the ALB, flow logs off', (c) => {
    const lb = c.loadBalancers[0]!
    for (const listener of lb.listeners) if (listener.protocol === 'HTTP') listener.redirectToHttps = false
    lb.dropInvalidHeaders = false
    c.network.flowLogs = false
  }),
  mutate('petclinic-3tier', 'plain HTTP on the internal ALB, flow logs off and not required', (c, r) => {
    for (const lb of c.loadBalancers) for (const listener of lb.listeners) if (listener.protocol === 'HTTP') listener.redirectToHttps = false
    c.network.flowLogs = false
    r.securityPolicy.requireFlowLogs = false
  }),
  mutate('swiftlogix', 'a public VPC range, the app tier routed to the internet, public IPs on launch', (c) => {
    c.network.vpcCidr = '100.64.0.0/16'
    c.network.routing['private-app'].defaultRoute = 'igw'
    c.network.routing.public.mapPublicIpOnLaunch = true
    c.network.routing['private-app'].mapPublicIpOnLaunch = true
  }),
  mutate('standard-web', 'EC2 instances with public IPs in an internet-routed app tier', (c) => {
    c.network.routing['private-app'].defaultRoute = 'igw'
    c.network.routing['private-app'].mapPublicIpOnLaunch = true
    for (const sg of c.securityGroups) if (sg.id !== 'alb-sg') sg.ingress.push(world(8080))
  }),
  mutate('swiftlogix', 'the data tier routed through NAT', (c) => {
    c.network.routing['private-db'].defaultRoute = 'nat'
  }),
  mutate('swiftlogix', 'no admin path at all', (c) => {
    delete c.adminAccess.bastion
    c.adminAccess.ssm = false
    c.adminAccess.instanceConnectEndpoint = false
  }),
  mutate('swiftlogix', 'the policy asks for SSM but there is only a bastion', (_c, r) => {
    r.securityPolicy.adminAccess = 'ssm'
  }),
  mutate('swiftlogix', 'bastion SSH from a /24 and SSM on, policy either', (c, r) => {
    group(c, 'bastion-sg').ingress[0] = { protocol: 'tcp', fromPort: 22, toPort: 22, peer: { kind: 'cidr', cidr: '203.0.113.0/24', label: 'Office' } }
    c.adminAccess.ssm = true
    c.adminAccess.instanceConnectEndpoint = true
    r.securityPolicy.adminAccess = 'either'
  }),
  mutate('swiftlogix', 'a bastion without SSH ingress', (c) => {
    group(c, 'bastion-sg').ingress = []
  }),
  mutate('swiftlogix', 'a policy that allows only the internet to the public tier', (_c, r) => {
    r.securityPolicy.allowed = [{ from: 'internet', to: 'public' }]
  }),
  mutate('swiftlogix', 'a group admitting nothing on the database port, and a closed bastion egress', (c) => {
    group(c, 'rds-sg').ingress = []
    group(c, 'bastion-sg').egress = []
  }),
]

/** Every digit run of the English appears in the Korean: '5432', '0', '203', '10', '32' … */
function missingNumbers(en: string, ko: string): string[] {
  const inKorean = new Set(ko.match(/\d+/g) ?? [])
  return [...new Set(en.match(/\d+/g) ?? [])].filter((n) => !inKorean.has(n))
}

const PSEUDO = pseudoCatalog()

/** A reason in English and Korean: the Korean is present, Korean and carries the English numbers; the pseudo-locale is English accented. */
function expectKorean(where: string, reason: SecurityReason) {
  const en = say('en', reason)
  const ko = say('ko', reason)
  expect(en, `${where}: "${en}"`).not.toMatch(/undefined|NaN|\[object|[\uac00-\ud7a3]/)
  expect(ko, `${where}: "${ko}"`).not.toMatch(/undefined|NaN|\[object/)
  expect(ko.trim(), `${where}: empty Korean`).not.toBe('')
  expect(ko, `${where}: no Hangul in "${ko}"`).toMatch(HANGUL)
  expect(missingNumbers(en, ko), `${where}: numbers of "${en}" missing from "${ko}"`).toEqual([])
  expect(sayWith(PSEUDO, reason), where).toBe(pseudoLocalize(en))
}

/** Finding kinds the engine can emit, read from the source that builds findings: ids and bucket kinds. */
function ruleKindsInSource(): Set<string> {
  const dir = fileURLToPath(new URL('../../security/', import.meta.url))
  const kinds = new Set<string>()
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue
    const source = readFileSync(join(dir, file), 'utf8')
    if (!/\bFinding\[\]/.test(source) || !/findings\.push|: Finding\[\] \{|=> \{\s*return \{/.test(source)) continue
    for (const match of source.matchAll(/\bid: [`'"]([a-z][a-z0-9-]*)(?=[:`'"])/g)) kinds.add(match[1]!)
    for (const match of source.matchAll(/\bkind: '(sg-world-[a-z-]+)'/g)) kinds.add(match[1]!)
  }
  return kinds
}

const kindOf = (id: string) => id.split(':')[0]!

describe('the security engine through the catalog', () => {
  const assessed = VARIANTS.map((v) => ({ ...v, security: assessSecurity(v.scenario.config, v.scenario.requirements) }))

  it('writes every finding message and fix in Korean, keeping the numbers', () => {
    for (const { name, security } of assessed) {
      for (const f of security.findings) {
        expectKorean(`${name} / ${f.id} message`, f.message)
        expectKorean(`${name} / ${f.id} fix`, f.fix)
      }
    }
  })

  it('triggers every finding rule the engine can emit', () => {
    const rules = ruleKindsInSource()
    const triggered = new Set(assessed.flatMap(({ security }) => security.findings.map((f) => kindOf(f.id))))
    expect(rules.size).toBe(26)
    expect([...rules].filter((k) => !triggered.has(k)).sort()).toEqual([])
  })

  it('names every defense layer and its evidence in Korean, keeping the numbers', () => {
    for (const { name, security } of assessed) {
      for (const layer of security.layers) {
        expect(say('ko', layer.name), `${name} / layer ${layer.id}`).toMatch(HANGUL)
        expectKorean(`${name} / layer ${layer.id} evidence`, layer.evidence)
      }
    }
  })

  it('answers reachability questions in Korean, keeping the numbers', () => {
    for (const { name, scenario, security } of assessed) {
      expectKorean(`${name} / database question`, security.dbQuestion.explanation)
      const config = scenario.config
      const ids = security.placement.map((p) => p.id)
      const questions: [string, string, number][] = [
        ['internet', 'bastion', 22],
        ['internet', 'cache', 6379],
        ['alb:alb', 'database', config.database.port],
        ['bastion', 'database', config.database.port],
        ['database', 'database', config.database.port],
        ['nowhere', 'database', config.database.port],
        ['internet', 'nothing', 1],
        ...ids.filter((id) => id.startsWith('service:')).map((id): [string, string, number] => [id, 'database', config.database.port]),
        ...ids.filter((id) => id.startsWith('service:')).map((id): [string, string, number] => ['internet', id, 8080]),
      ]
      for (const [from, to, port] of questions) {
        const answer = answerReachability(config, from, to, port)
        expectKorean(`${name} / ${from} → ${to}:${port}`, answer.explanation)
      }
    }
  })

  it('reads naturally in the common cases', () => {
    const ssh = assessed.find((a) => a.name.includes('SSH and RDP'))!.security.findings.find((f) => f.id === 'sg-world-ssh:bastion-sg')!
    expect(say('ko', ssh.message)).toMatch(/^Bastion-SG가 0\.0\.0\.0\/0에서 SSH\(22\)를 허용합니다\. /)
    const rdp = assessed.find((a) => a.name.includes('SSH and RDP'))!.security.findings.find((f) => f.id === 'sg-world-rdp:bastion-sg')!
    expect(say('ko', rdp.message)).toContain('RDP(3389)를 허용합니다.')
    const swiftlogix = assessed.find((a) => a.name === 'swiftlogix')!.security
    expect(say('ko', swiftlogix.dbQuestion.explanation)).toMatch(/^인터넷에서 데이터베이스에 포트 5432로 직접 접속할 수 없습니다: /)
    expect(say('ko', swiftlogix.dbQuestion.explanation)).toContain('가장 가까운 경로는 internet → ALB:443 → order:19505 → database:5432입니다(공격자가 먼저 ALB 대상을 장악해야 함).')
    for (const { security } of assessed) {
      for (const f of security.findings) {
        expect(say('ko', f.message), f.id).toMatch(/니다\.$/)
        expect(say('ko', f.fix), f.id).toMatch(/세요\./)
      }
    }
  })
})
