import { describe, expect, it } from 'vitest'
import { say } from '../i18n'
import { assessBadDeploy as draft } from './bad-deploy'
import { cloneSwiftlogix, judged } from './swiftlogix-fixture'

const assessBadDeploy = judged(draft)

describe('assessBadDeploy', () => {
  it('needs a person to roll swiftlogix back in about 30 minutes, since no service has auto-rollback', () => {
    const s = assessBadDeploy(cloneSwiftlogix().config)
    expect(s).toMatchObject({ mode: 'manual', rtoMinutes: 30, rpoMinutes: 0 })
    expect(say('en', s.improvement!)).toBe('Turn on deployment auto-rollback for Order service, Stock service and Payment service')
  })

  it('rolls back by itself in about 10 minutes when every service has the circuit breaker', () => {
    const { config } = cloneSwiftlogix()
    config.services.forEach((s) => (s.deployment.autoRollback = true))
    expect(assessBadDeploy(config)).toMatchObject({ mode: 'auto', rtoMinutes: 10, rpoMinutes: 0, improvement: null })
  })

  it('is partial when only some services roll back, and the slow ones set the RTO', () => {
    const { config } = cloneSwiftlogix()
    config.services[0]!.deployment.autoRollback = true
    const s = assessBadDeploy(config)
    expect(s).toMatchObject({ mode: 'partial', rtoMinutes: 30 })
    expect(say('en', s.reason)).toContain('Order service rolls back by itself')
    expect(say('en', s.improvement!)).toBe('Turn on deployment auto-rollback for Stock service and Payment service')
  })

  it('names no single point of failure, since a bad release reaches every task alike', () => {
    expect(assessBadDeploy(cloneSwiftlogix().config).singlePointsOfFailure).toEqual([])
  })
})
