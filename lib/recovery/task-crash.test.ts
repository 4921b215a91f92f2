import { describe, expect, it } from 'vitest'
import { say } from '../i18n'
import { cloneSwiftlogix, judged } from './swiftlogix-fixture'
import { assessTaskCrash as draft } from './task-crash'

const assessTaskCrash = judged(draft)

describe('assessTaskCrash', () => {
  it('recovers swiftlogix by itself in 25 s × 2 + 45 s = 95 s, shown as 2 min, with no data lost', () => {
    const s = assessTaskCrash(cloneSwiftlogix().config)
    expect(s).toMatchObject({ mode: 'auto', rtoMinutes: 2, rpoMinutes: 0, improvement: null, singlePointsOfFailure: [] })
    expect(say('en', s.reason)).toContain('25 s × 2 + 45 s = 95 s → 2 min')
  })

  it('tells users they see no outage when every service runs 2 or more tasks', () => {
    expect(say('en', assessTaskCrash(cloneSwiftlogix().config).reason)).toContain('users see no outage, only reduced capacity')
  })

  it('names a one-task service as a single point of failure whose users see an outage', () => {
    const { config } = cloneSwiftlogix()
    config.services[0]!.count = { min: 1, desired: 1, max: 14 }
    const s = assessTaskCrash(config)
    expect(s.mode).toBe('auto')
    expect(s.singlePointsOfFailure).toEqual(['order'])
    expect(say('en', s.reason)).toContain('Order service runs a single task, so its users see an outage')
  })

  it('uses the slowest service: health check 30 s × 5 + 45 s = 195 s → 3.5 min', () => {
    const { config } = cloneSwiftlogix()
    config.services[2]!.healthCheck = { intervalSeconds: 30, unhealthyThreshold: 5, gracePeriodSeconds: 60 }
    expect(assessTaskCrash(config).rtoMinutes).toBe(3.5)
  })

  it('pays an instance boot for an EC2 Auto Scaling group: 25 s × 2 + 180 s = 230 s → 4 min', () => {
    const { config } = cloneSwiftlogix()
    config.services[0]!.compute = { kind: 'ec2', instanceType: 't3.small', onDemandBase: 1, purchase: 'on-demand' }
    const s = assessTaskCrash(config)
    expect(s.rtoMinutes).toBe(4)
    expect(say('en', s.reason)).toContain('The Auto Scaling group starts a replacement')
  })

  it('is partial with an unbounded RTO when a service keeps no task running', () => {
    const { config } = cloneSwiftlogix()
    config.services[1]!.count = { min: 0, desired: 0, max: 14 }
    const s = assessTaskCrash(config)
    expect(s).toMatchObject({ mode: 'partial', rtoMinutes: null })
    expect(say('en', s.improvement!)).toBe('Run at least 1 task (desired count ≥ 1) of Stock service')
  })

  it('walks from detection to a healthy replacement', () => {
    const [detect, replace, healthy] = assessTaskCrash(cloneSwiftlogix().config).steps
    expect(say('en', detect!)).toContain('fails 2 times, 25 s apart (50 s)')
    expect(say('en', replace!)).toContain('45 s')
    expect(say('en', healthy!)).toContain('load balancer sends it traffic again')
  })
})
