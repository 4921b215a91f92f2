import { describe, expect, it } from 'vitest'
import { say } from '../i18n'
import { assessBadDeploy as draft } from './bad-deploy'
import { cloneSwiftlogix, judged } from './swiftlogix-fixture'

const assessBadDeploy = judged(draft)

// Amazon ECS Developer Guide, "Deploy Amazon ECS services by replacing tasks": with minimumHealthyPercent
// 100 (a replica service's default) the scheduler starts new tasks before stopping old ones, and the
// deployment circuit breaker with rollback "roll[s] back to the last deployment that completed".
describe('assessBadDeploy', () => {
  it('has no outage for swiftlogix without auto-rollback: the old tasks keep serving while the deployment stalls (partial)', () => {
    const s = assessBadDeploy(cloneSwiftlogix().config)
    expect(s).toMatchObject({ mode: 'partial', rtoMinutes: 0, rpoMinutes: 0 })
    expect(say('en', s.reason)).toContain('a release that never gets healthy leaves the old tasks serving: no outage')
    expect(say('en', s.reason)).toContain('the deployment stalls')
    expect(say('en', s.improvement!)).toBe('Turn on deployment auto-rollback for Order service, Stock service and Payment service')
  })

  it('rolls back by itself when every service has the circuit breaker, with no outage', () => {
    const { config } = cloneSwiftlogix()
    config.services.forEach((s) => (s.deployment.autoRollback = true))
    expect(assessBadDeploy(config)).toMatchObject({ mode: 'auto', rtoMinutes: 0, rpoMinutes: 0, improvement: null })
  })

  it('is partial when only some services roll back', () => {
    const { config } = cloneSwiftlogix()
    config.services[0]!.deployment.autoRollback = true
    const s = assessBadDeploy(config)
    expect(s).toMatchObject({ mode: 'partial', rtoMinutes: 0 })
    expect(say('en', s.reason)).toContain('Order service rolls back by itself')
    expect(say('en', s.improvement!)).toBe('Turn on deployment auto-rollback for Stock service and Payment service')
  })

  it('is never an outage for ECS services, whatever the task count', () => {
    const { config } = cloneSwiftlogix()
    config.services.forEach((s) => (s.count = { min: 1, desired: 1, max: 2 }))
    expect(assessBadDeploy(config)).toMatchObject({ mode: 'partial', rtoMinutes: 0 })
  })

  // Amazon EC2 Auto Scaling User Guide, "Use an instance refresh": the refresh keeps the minimum
  // healthy percentage (90, as exported) and, with auto rollback, returns to the previous launch
  // template; a group of one instance has no other copy to serve meanwhile.
  it('treats an ASG instance refresh alike, except that a one-instance group is down until the rollback', () => {
    const { config } = cloneSwiftlogix()
    const service = config.services[0]!
    service.compute = { kind: 'ec2', instanceType: 't3.small', onDemandBase: 1, purchase: 'on-demand' }
    service.count = { min: 1, desired: 1, max: 2 }
    expect(assessBadDeploy(config)).toMatchObject({ mode: 'partial', rtoMinutes: 30 })
    expect(say('en', assessBadDeploy(config).reason)).toContain('Order service is an Auto Scaling group of one instance')
    config.services.forEach((s) => (s.deployment.autoRollback = true))
    expect(assessBadDeploy(config)).toMatchObject({ mode: 'auto', rtoMinutes: 10 })
    service.count = { min: 2, desired: 2, max: 4 }
    expect(assessBadDeploy(config)).toMatchObject({ mode: 'auto', rtoMinutes: 0 })
  })

  it('names no single point of failure, since a bad release reaches every task alike', () => {
    expect(assessBadDeploy(cloneSwiftlogix().config).singlePointsOfFailure).toEqual([])
  })
})
