import { describe, expect, it } from 'vitest'
import { say } from '../i18n'
import { assessHostFailure as draft } from './host-failure'
import { cloneSwiftlogix, judged } from './swiftlogix-fixture'

const assessHostFailure = judged(draft)

describe('assessHostFailure', () => {
  it('lets ECS reschedule Fargate tasks in 2 minutes because AWS owns the host', () => {
    const s = assessHostFailure(cloneSwiftlogix().config)
    expect(s).toMatchObject({ mode: 'auto', rtoMinutes: 2, rpoMinutes: 0 })
    expect(say('en', s.reason)).toContain('AWS owns the host')
  })

  it('lists the bastion as a single point of failure without changing the mode', () => {
    const s = assessHostFailure(cloneSwiftlogix().config)
    expect(s.mode).toBe('auto')
    expect(s.singlePointsOfFailure).toEqual(['bastion'])
    expect(say('en', s.reason)).toContain('bastion is a single EC2 instance that nothing replaces')
  })

  it('names no bastion when admin access goes through SSM only', () => {
    const { config } = cloneSwiftlogix()
    delete config.adminAccess.bastion
    expect(assessHostFailure(config).singlePointsOfFailure).toEqual([])
  })

  it('replaces an EC2 instance through the Auto Scaling group in 3–4 minutes: 25 s × 2 + 180 s = 230 s → 4 min', () => {
    const { config } = cloneSwiftlogix()
    config.services = config.services.map((s) => ({
      ...s,
      compute: { kind: 'ec2', instanceType: 't3.small', onDemandBase: 1, purchase: 'on-demand' },
    }))
    const s = assessHostFailure(config)
    expect(s).toMatchObject({ mode: 'auto', rtoMinutes: 4 })
    expect(say('en', s.reason)).toContain('Auto Scaling group health check')
    expect(say('en', s.reason)).not.toContain('Fargate')
  })

  it('names a one-node cache, which comes back empty', () => {
    const { config } = cloneSwiftlogix()
    config.cache = { engine: 'valkey', nodeType: 'cache.t3.micro', nodes: 1, purchase: 'on-demand', encrypted: true, securityGroups: ['ecs-sg'] }
    expect(assessHostFailure(config).singlePointsOfFailure).toContain('cache')
  })
})
