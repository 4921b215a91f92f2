import { describe, expect, it } from 'vitest'
import { PRESETS } from '@/data/presets'
import { buildTopology } from '@/lib/topology'
import { buildLargeScenario } from '@/bench/large-config'
import { say } from '@/lib/i18n'
import { TOPOLOGY_WORDS } from './topology-words'

/** Words kept in English in Korean: AWS names and units a Korean engineer reads as they are. */
const KEPT = /^(VPC|AZ|DB|ALB|NAT|RDS|ECS|ECR|AWS|WAF|CDN|CloudFront|Route|ElastiCache|Redis|Valkey|PostgreSQL|MySQL|MariaDB|Multi|Single|vCPU|GB|HTTP|HTTPS|TCP|IP|db|cache|t\d\w*|m\d\w*|r\d\w*|c\d\w*|us|east|ap|northeast|logs|ssm|ssmmessages|ec2messages|secretsmanager|api|dkr|dynamodb|kms|sts|gateway endpoint)$/

describe('topology words', () => {
  it('has the same entries in English and Korean', () => {
    expect(Object.keys(TOPOLOGY_WORDS.ko).sort()).toEqual(Object.keys(TOPOLOGY_WORDS.en).sort())
    expect(Object.keys(TOPOLOGY_WORDS.ko.kind).sort()).toEqual(Object.keys(TOPOLOGY_WORDS.en.kind).sort())
  })

  it('says every engine label of every preset and the large design in Korean, leaving typed names alone', () => {
    const scenarios = [...PRESETS.map((p) => p.scenario), buildLargeScenario(50)]
    const leftovers = new Set<string>()
    for (const scenario of scenarios) {
      const typed = new Set([
        ...scenario.config.services.map((s) => s.name),
        ...scenario.config.loadBalancers.map((lb) => lb.name),
        ...scenario.config.securityGroups.map((g) => g.name),
        ...Object.keys(scenario.config.adminAccess ?? {}),
      ])
      const { nodes } = buildTopology(scenario.config, { collapsed: new Set(['vpc']) })
      const all = [...buildTopology(scenario.config).nodes, ...nodes]
      for (const node of all) {
        for (const text of [node.label, node.sublabel]) {
          if (!text || node.kind === 'external' || node.kind === 'region' || node.kind === 'az') continue
          const english = say('en', text)
          if (typed.has(english)) continue
          const korean = say('ko', text)
          const words = korean.replace(/\b(?:db\.|cache\.)?[a-z]+\d[a-z0-9]*\.\w+/g, ' ').match(/[A-Za-z][A-Za-z-]*/g) ?? []
          const left = words.flatMap((w) => w.split('-')).filter((w) => w.length > 1 && !KEPT.test(w))
          if (left.length > 0) leftovers.add(`${english} → ${korean}`)
        }
      }
    }
    expect([...leftovers]).toEqual([])
  })
})
