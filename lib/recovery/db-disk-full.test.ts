import { describe, expect, it } from 'vitest'
import { say } from '../i18n'
import { assessDbDiskFull as draft, hasStorageAutoscaling, storageAutoscalingStepGb } from './db-disk-full'
import { cloneSwiftlogix, judged } from './swiftlogix-fixture'

const assessDbDiskFull = judged(draft)

describe('hasStorageAutoscaling', () => {
  it('needs a maximum above the allocated storage', () => {
    expect(hasStorageAutoscaling({ storageGb: 20, maxStorageGb: 100 })).toBe(true)
    expect(hasStorageAutoscaling({ storageGb: 20, maxStorageGb: 20 })).toBe(false)
    expect(hasStorageAutoscaling({ storageGb: 20 })).toBe(false)
  })
})

describe('assessDbDiskFull', () => {
  it('needs a person to grow swiftlogix\'s 20 GB volume, with no alarm to warn first', () => {
    const s = assessDbDiskFull(cloneSwiftlogix().config)
    expect(s).toMatchObject({ mode: 'manual', rtoMinutes: 30, rpoMinutes: 0, singlePointsOfFailure: ['database'] })
    expect(say('en', s.reason)).toContain('no CloudWatch alarms')
  })

  it('mentions the early warning alarms can give', () => {
    const { config } = cloneSwiftlogix()
    config.monitoring.alarms = 4
    expect(say('en', assessDbDiskFull(config).reason)).toContain('With 4 CloudWatch alarms, a free-storage alarm can warn')
  })

  // RDS User Guide, "Managing capacity automatically with Amazon RDS storage autoscaling": a
  // modification starts when free space is ≤ 10 % for at least five minutes and "At least six hours
  // have passed since the last storage modification"; it adds the greater of 10 GiB and 10 percent
  // of the allocated storage (or the predicted 7-hour growth).
  it('grows the volume by itself before it is full, by max(10 GiB, 10 %), so writes go on', () => {
    const { config } = cloneSwiftlogix()
    config.database.maxStorageGb = 100
    const s = assessDbDiskFull(config)
    expect(s).toMatchObject({ mode: 'auto', rtoMinutes: 0, rpoMinutes: 0, improvement: null })
    expect(s.reason.params).toMatchObject({ stepGb: 10, cooldownHours: 6, capped: false })
    expect(say('en', s.reason)).toContain('stays at or below 10 % for 5 min, before it is full, by the larger of 10 GiB and 10 % (10 GB)')
  })

  it('does not cover a second fill within the 6-hour cooldown, and says so', () => {
    const { config } = cloneSwiftlogix()
    config.database.maxStorageGb = 100
    const s = assessDbDiskFull(config)
    expect(say('en', s.reason)).toContain('a second fill within 6 hours stops writes until then')
    expect(s.steps.map((step) => step.code)).toContain('recovery.step.second-fill-waits')
  })

  it('takes 10 % of a large volume as the step, and stops at the maximum', () => {
    expect(storageAutoscalingStepGb({ storageGb: 200, maxStorageGb: 500 })).toBe(20)
    expect(storageAutoscalingStepGb({ storageGb: 95, maxStorageGb: 100 })).toBe(5)
    const { config } = cloneSwiftlogix()
    config.database.maxStorageGb = 25
    expect(say('en', assessDbDiskFull(config).reason)).toContain('That step reaches the 25 GB maximum')
  })
})
