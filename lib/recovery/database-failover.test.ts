import { describe, expect, it } from 'vitest'
import { say } from '../i18n'
import { assessDatabaseFailover } from './database-failover'
import { cloneSwiftlogix } from './swiftlogix-fixture'

function swiftlogixDatabase() {
  return cloneSwiftlogix().config.database
}

describe('assessDatabaseFailover', () => {
  it('fails over by itself in 2 minutes with no data lost when Multi-AZ is on', () => {
    const r = assessDatabaseFailover({ ...swiftlogixDatabase(), multiAz: true })
    expect(r).toMatchObject({ mode: 'auto', rtoMinutes: 2, rpoMinutes: 0, improvement: null })
    expect(say('en', r.reason)).toContain('60–120 s')
    expect(say('ko', r.reason)).toContain('60–120초')
  })

  it('needs a 60-minute point-in-time restore losing up to 5 minutes when Single-AZ with backups', () => {
    const r = assessDatabaseFailover(swiftlogixDatabase())
    expect(r).toMatchObject({ mode: 'manual', rtoMinutes: 60, rpoMinutes: 5, improvement: { code: 'recovery.improve.multi-az', params: {} } })
  })

  it('has nothing to restore when backups are off, so both times are unbounded', () => {
    const r = assessDatabaseFailover({ ...swiftlogixDatabase(), backupRetentionDays: 0 })
    expect(r).toMatchObject({ mode: 'manual', rtoMinutes: null, rpoMinutes: null })
  })

  it('lets a person promote a read replica in 15 minutes, losing about 1 minute of lag', () => {
    const r = assessDatabaseFailover({ ...swiftlogixDatabase(), readReplicas: 1 })
    expect(r).toMatchObject({ mode: 'manual', rtoMinutes: 15, rpoMinutes: 1 })
    expect(say('en', r.reason)).toContain('promote')
    expect(say('ko', r.reason)).toContain('승격')
  })
})
