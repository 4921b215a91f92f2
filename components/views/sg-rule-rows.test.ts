import { describe, expect, it } from 'vitest'
import { describeScaling } from './describe-scaling'
import { propsOf } from './helpers.fixture'
import { namePathNode } from './name-path-node'
import { listSgRuleRows } from './sg-rule-rows'

describe('listSgRuleRows', () => {
  const rows = listSgRuleRows(propsOf('swiftlogix').scenario.config, 'en')

  it('lists every rule as the seed table does, with group names for group peers', () => {
    expect(rows.find((r) => r.group === 'RDS-SG' && r.peer === 'Bastion-SG')).toMatchObject({ direction: 'Inbound', protocol: 'TCP', ports: '5432', description: 'PostgreSQL from the bastion' })
    expect(rows.find((r) => r.group === 'Bastion-SG' && r.direction === 'Inbound')).toMatchObject({ ports: '22', peer: '203.0.113.10/32 (Office)', worldOpen: false })
    expect(rows.filter((r) => r.group === 'ALB-SG' && r.direction === 'Inbound').every((r) => r.worldOpen)).toBe(true)
  })

  it('adds AWS default egress for a group that declares none, and keeps declared egress', () => {
    expect(rows.find((r) => r.group === 'ECS-SG' && r.direction === 'Outbound')).toMatchObject({ isDefault: true, protocol: 'All', ports: 'All', peer: '0.0.0.0/0' })
    expect(rows.filter((r) => r.group === 'Bastion-SG' && r.direction === 'Outbound')).toEqual([expect.objectContaining({ isDefault: false, peer: 'RDS-SG', ports: '5432' })])
  })
})

describe('namePathNode', () => {
  it('names the nodes of a security path in words', () => {
    const { scenario, evaluation } = propsOf('swiftlogix')
    const name = (id: string) => namePathNode(id, evaluation.security.placement, scenario.config, 'en')
    expect(evaluation.security.internetReachable[1]!.path.map(name)).toEqual(['Internet', 'Internet gateway', 'public subnet', 'ALB-SG TCP 443', 'ALB'])
    expect(name('service:order')).toBe('order')
    expect(name('Office')).toBe('Office')
  })
})

describe('describeScaling', () => {
  it('reads a target-tracking policy with its unit, and a fixed count as none', () => {
    expect(describeScaling({ policy: 'target-tracking', metric: 'requests-per-target', target: 20 }, 'en')).toEqual({
      policy: 'Target tracking',
      metric: 'Requests per target',
      target: '20 req/target',
      scheduled: '—',
    })
    expect(describeScaling({ policy: 'target-tracking', metric: 'cpu', target: 70, scheduledPeakCount: 10 }, 'en')).toMatchObject({ target: '70 %', scheduled: '10 tasks' })
    expect(describeScaling({ policy: 'none', metric: 'cpu', target: 70 }, 'en')).toMatchObject({ policy: 'None (fixed count)', metric: '—' })
  })
})
