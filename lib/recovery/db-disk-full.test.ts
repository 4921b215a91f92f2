import { describe, expect, it } from 'vitest'
import { say } from '../i18n'
import { assessDbDiskFull as draft, hasStorageAutoscaling } from './db-disk-full'
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

  it('grows the volume by itself when storage autoscaling has room', () => {
    const { config } = cloneSwiftlogix()
    config.database.maxStorageGb = 100
    const s = assessDbDiskFull(config)
    expect(s).toMatchObject({ mode: 'auto', rtoMinutes: 5, rpoMinutes: 0, improvement: null })
    expect(say('en', s.reason)).toContain('10 %')
  })
})
