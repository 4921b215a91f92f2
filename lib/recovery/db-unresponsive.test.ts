import { describe, expect, it } from 'vitest'
import { say } from '../i18n'
import { assessDbUnresponsive as draft } from './db-unresponsive'
import { cloneSwiftlogix, judged } from './swiftlogix-fixture'

const assessDbUnresponsive = judged(draft)

describe('assessDbUnresponsive', () => {
  it('needs a person for swiftlogix\'s Single-AZ database and names it a single point of failure', () => {
    const s = assessDbUnresponsive(cloneSwiftlogix().config)
    expect(s).toMatchObject({ mode: 'manual', rtoMinutes: 60, rpoMinutes: 5, singlePointsOfFailure: ['database'] })
    expect(say('en', s.improvement!)).toBe('Turn on Database Multi-AZ')
  })

  it('fails over by itself in 2 minutes with no data lost once Multi-AZ is on', () => {
    const { config } = cloneSwiftlogix()
    config.database.multiAz = true
    expect(assessDbUnresponsive(config)).toMatchObject({ mode: 'auto', rtoMinutes: 2, rpoMinutes: 0, singlePointsOfFailure: [], improvement: null })
  })

  it('stays manual with a read replica but says it can be promoted by hand', () => {
    const { config } = cloneSwiftlogix()
    config.database.readReplicas = 1
    const s = assessDbUnresponsive(config)
    expect(s).toMatchObject({ mode: 'manual', rtoMinutes: 15, rpoMinutes: 1 })
    expect(say('en', s.reason)).toContain('promote one of the 1 read replica')
  })

  it('has unbounded times when backups are off', () => {
    const { config } = cloneSwiftlogix()
    config.database.backupRetentionDays = 0
    expect(assessDbUnresponsive(config)).toMatchObject({ rtoMinutes: null, rpoMinutes: null })
  })
})
