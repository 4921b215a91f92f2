import { describe, expect, it } from 'vitest'
import { buildLargeScenario } from '../../../bench/large-config'
import { PRESETS } from '../../../data/presets'
import { buildTopology, listCollapsibleGroups, type TopologyText } from '../../topology'
import { en } from './en'
import { catalogOf, say } from './index'

/** Words kept in English in Korean: AWS names and units a Korean engineer reads as they are. */
const KEPT = /^(VPC|AZ|DB|ALB|NAT|RDS|ECS|ECR|AWS|WAF|CDN|ACL|ID|SG|CloudFront|Route|ElastiCache|Redis|Valkey|PostgreSQL|MySQL|MariaDB|Multi|Single|vCPU|GB|HTTP|HTTPS|TCP|UDP|ALL|DNS|IP|db|cache|t\d\w*|m\d\w*|r\d\w*|c\d\w*|us|east|ap|northeast|logs|ssm|ssmmessages|ec2messages|secretsmanager|api|dkr|dynamodb|kms|sts|Application|Load|Balancer|Enter|Space|Escape|id)$/

/** The English words left in a Korean text once AWS names, instance types and notation are set aside. */
function englishIn(korean: string): string[] {
  const words = korean.replace(/\b(?:db\.|cache\.)?[a-z]+\d[a-z0-9]*\.\w+/g, ' ').match(/[A-Za-z][A-Za-z-]*/g) ?? []
  return words.flatMap((w) => w.split('-')).filter((w) => w.length > 1 && !KEPT.test(w))
}

describe('the topology in Korean', () => {
  it('says every engine label of every preset and the large design in Korean, open and collapsed, leaving typed names alone', () => {
    const scenarios = [...PRESETS.map((p) => p.scenario), buildLargeScenario(50)]
    const leftovers = new Set<string>()
    for (const scenario of scenarios) {
      const typed = new Set([
        ...scenario.config.services.map((s) => s.name),
        ...scenario.config.loadBalancers.map((lb) => lb.name),
        ...scenario.config.securityGroups.map((g) => g.name),
        ...Object.keys(scenario.config.adminAccess ?? {}),
      ])
      const full = buildTopology(scenario.config)
      const groups = listCollapsibleGroups(full)
      const layouts = [full, buildTopology(scenario.config, { collapsed: groups }), buildTopology(scenario.config, { collapsed: groups.filter((g) => g !== 'vpc') }), buildTopology(scenario.config, { collapsed: groups.filter((g) => g.startsWith('subnet:')) })]
      for (const { nodes, edges } of layouts) {
        const texts: TopologyText[] = [
          ...nodes.filter((n) => n.kind !== 'external' && n.kind !== 'region' && n.kind !== 'az').flatMap((n) => [n.label, ...(n.sublabel ? [n.sublabel] : [])]),
          ...edges.map((e) => e.label),
        ]
        for (const text of texts) {
          const english = say('en', text)
          if (typed.has(english)) continue
          const korean = say('ko', text)
          if (englishIn(korean).length > 0) leftovers.add(`${english} → ${korean}`)
        }
      }
    }
    expect([...leftovers]).toEqual([])
  })

  it('words every topology-ui message in Korean, with no English left but AWS names and key names', () => {
    const ko = catalogOf('ko') as unknown as Record<string, (params: object) => string>
    // Names and ids arrive as typed; an AWS name stands in for them here. 'internet' and 'database' are ids the Korean words.
    const params = { kind: 'service', tier: 'private-app', azLetter: 'a', az: 'ap-northeast-2a', name: 'VPC', title: 'VPC', step: 2, ports: 'TCP 5432', from: 'internet', target: 'database', groups: 'RDS-SG', id: 'VPC', mode: 'auto', count: 3, hops: 2, port: 5432, index: 1, direction: '위', x: 10, y: 20 }
    // The legend's sample pill is notation ("TCP n"), the same in every language.
    const notation = new Set(['topology-ui.key-ports-sample'])
    const leftovers = Object.keys(en)
      .filter((code) => code.startsWith('topology-ui.') && !notation.has(code))
      // A pill's `from` is a box label the catalog has already worded.
      .map((code) => [code, ko[code]!(code === 'topology-ui.pill-title' ? { ...params, from: '인터넷' } : params)] as const)
      .filter(([, korean]) => englishIn(korean).length > 0 || !/[\uac00-\ud7a3]/.test(korean) && !KEPT.test(korean))
    expect(leftovers).toEqual([])
  })
})
