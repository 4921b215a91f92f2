import { describe, expect, it } from 'vitest'
import { say } from '../i18n'
import { assessDbUnresponsive as draft } from './db-unresponsive'
import { assessAzOutage } from './az-outage'
import { RDS_HOST_REPLACEMENT_MINUTES } from './recovery-times'
import { cloneSwiftlogix, judged } from './swiftlogix-fixture'

const assessDbUnresponsive = judged(draft)

describe('assessDbUnresponsive', () => {
  // Amazon RDS features, automatic host replacement: "Amazon RDS automatically replaces the compute
  // instance powering your deployment in the event of a hardware failure", on the same storage.
  it('replaces swiftlogix\'s Single-AZ host by itself on the same storage: auto, RTO tens of minutes, RPO 0', () => {
    const s = assessDbUnresponsive(cloneSwiftlogix().config)
    expect(s).toMatchObject({ mode: 'auto', rtoMinutes: RDS_HOST_REPLACEMENT_MINUTES, rpoMinutes: 0, singlePointsOfFailure: ['database'], improvement: null })
    expect(RDS_HOST_REPLACEMENT_MINUTES).toBeGreaterThanOrEqual(10)
    expect(say('en', s.reason)).toContain('RDS replaces the failed host (or restarts a hung engine) by itself')
    expect(say('en', s.reason)).toContain('A point-in-time restore is only for lost storage')
  })

  it('keeps the point-in-time restore for the AZ outage, where the storage is lost too', () => {
    const database = assessAzOutage(cloneSwiftlogix().config).parts?.find((p) => p.component === 'database')
    expect(database).toMatchObject({ mode: 'manual', reason: { code: 'recovery.database.restore-backup' } })
  })

  it('does not depend on read replicas or backups, since the storage is intact', () => {
    const { config } = cloneSwiftlogix()
    config.database.readReplicas = 0
    config.database.backupRetentionDays = 0
    expect(assessDbUnresponsive(config)).toMatchObject({ mode: 'auto', rtoMinutes: RDS_HOST_REPLACEMENT_MINUTES, rpoMinutes: 0 })
  })

  it('fails over by itself in 2 minutes with no data lost once Multi-AZ is on', () => {
    const { config } = cloneSwiftlogix()
    config.database.multiAz = true
    expect(assessDbUnresponsive(config)).toMatchObject({ mode: 'auto', rtoMinutes: 2, rpoMinutes: 0, singlePointsOfFailure: [], improvement: null })
  })
})
