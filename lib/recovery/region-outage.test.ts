import { describe, expect, it } from 'vitest'
import type { ArchitectureConfig } from '../model'
import { assessRegionOutage as draft } from './region-outage'
import { cloneSwiftlogix, judged } from './swiftlogix-fixture'

const assessRegionOutage = judged(draft)

function withDr(mode: ArchitectureConfig['disasterRecovery']['mode'], crossRegionBackups: boolean): ArchitectureConfig {
  const { config } = cloneSwiftlogix()
  config.disasterRecovery = { mode, crossRegionBackups }
  return config
}

describe('assessRegionOutage', () => {
  it('has no bound on recovery or data loss without a DR plan or cross-region backups', () => {
    expect(assessRegionOutage(withDr('none', false))).toMatchObject({
      mode: 'manual',
      rtoMinutes: null,
      rpoMinutes: null,
      singlePointsOfFailure: ['region'],
    })
  })

  it('loses at most a day of writes when backups are copied to another region', () => {
    expect(assessRegionOutage(withDr('none', true))).toMatchObject({ rtoMinutes: null, rpoMinutes: 1440 })
  })

  it('restores in about 4 hours with backup and restore, losing a day, or an hour with replicated backups', () => {
    expect(assessRegionOutage(withDr('backup-restore', false))).toMatchObject({ mode: 'manual', rtoMinutes: 240, rpoMinutes: 1440 })
    expect(assessRegionOutage(withDr('backup-restore', true))).toMatchObject({ rpoMinutes: 60 })
  })

  it('is partial with a pilot light: 60 minutes, 15 minutes of data', () => {
    expect(assessRegionOutage(withDr('pilot-light', true))).toMatchObject({ mode: 'partial', rtoMinutes: 60, rpoMinutes: 15 })
  })

  it('is automatic with a warm standby: 15 minutes, 5 minutes of data', () => {
    expect(assessRegionOutage(withDr('warm-standby', true))).toMatchObject({
      mode: 'auto',
      rtoMinutes: 15,
      rpoMinutes: 5,
      improvement: null,
      singlePointsOfFailure: [],
    })
  })
})
