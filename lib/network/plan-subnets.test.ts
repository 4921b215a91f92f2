import { describe, expect, it } from 'vitest'
import { planSubnets } from './plan-subnets'

const network = (vpcCidr: string, azCount: number) =>
  ({ vpcCidr, azCount }) as unknown as Parameters<typeof planSubnets>[0]['network']

describe('planSubnets', () => {
  it('gives each tier and AZ its own /24 in a /16', () => {
    const subnets = planSubnets({ region: 'us-east-1', network: network('10.0.0.0/16', 2) })
    expect(subnets.map((s) => `${s.id} ${s.az} ${s.cidr}`)).toEqual([
      'public-a us-east-1a 10.0.0.0/24',
      'public-b us-east-1b 10.0.1.0/24',
      'private-app-a us-east-1a 10.0.4.0/24',
      'private-app-b us-east-1b 10.0.5.0/24',
      'private-db-a us-east-1a 10.0.8.0/24',
      'private-db-b us-east-1b 10.0.9.0/24',
    ])
  })

  it('pairs 2a with 2c in Seoul, as the seeds do', () => {
    const subnets = planSubnets({ region: 'ap-northeast-2', network: network('10.0.0.0/16', 2) })
    expect(subnets.filter((s) => s.tier === 'public').map((s) => s.az)).toEqual(['ap-northeast-2a', 'ap-northeast-2c'])
  })

  it('keeps existing subnets when a third AZ is added', () => {
    const two = planSubnets({ region: 'us-east-1', network: network('10.0.0.0/16', 2) })
    const three = planSubnets({ region: 'us-east-1', network: network('10.0.0.0/16', 3) })
    for (const subnet of two) expect(three).toContainEqual(subnet)
  })

  it('caps subnets at /28 inside a small VPC and never overlaps', () => {
    const subnets = planSubnets({ region: 'us-east-1', network: network('192.168.1.0/24', 3) })
    expect(subnets.every((s) => s.cidr.endsWith('/28'))).toBe(true)
    expect(new Set(subnets.map((s) => s.cidr)).size).toBe(subnets.length)
    expect(subnets.at(-1)!.cidr).toBe('192.168.1.160/28')
  })
})
