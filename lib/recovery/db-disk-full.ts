import type { ArchitectureConfig, Database } from '../model'
import { plain } from './recovery-reasons'
import {
  MANUAL_STORAGE_RESIZE_MINUTES,
  STORAGE_AUTOSCALING_FREE_SPACE_PERCENT,
  STORAGE_AUTOSCALING_MINUTES,
} from './recovery-times'
import type { ScenarioDraft } from './types'

/** True when RDS storage autoscaling can still grow the volume. Example: 20 GB with max 100 GB → true. */
export function hasStorageAutoscaling(database: Pick<Database, 'storageGb' | 'maxStorageGb'>): boolean {
  return database.maxStorageGb !== undefined && database.maxStorageGb > database.storageGb
}

/**
 * The database volume fills up and writes stop. Storage autoscaling grows it first; without it a
 * person raises the allocated storage. Committed data stays, so RPO is 0 either way.
 * Example (swiftlogix): 20 GB, no maximum, 0 alarms → manual, RTO 30 min, no early warning.
 */
export function assessDbDiskFull(config: ArchitectureConfig): ScenarioDraft {
  const { database, monitoring } = config
  const { storageGb, maxStorageGb } = database
  const freePercent = STORAGE_AUTOSCALING_FREE_SPACE_PERCENT
  const growMinutes = STORAGE_AUTOSCALING_MINUTES
  if (maxStorageGb !== undefined && hasStorageAutoscaling(database)) {
    return {
      id: 'db-disk-full',
      mode: 'auto',
      rtoMinutes: growMinutes,
      rpoMinutes: 0,
      reason: { code: 'recovery.db-disk-full.autoscaling', params: { storageGb, maxStorageGb, freePercent, growMinutes } },
      steps: [
        { code: 'recovery.step.free-storage-falls', params: { freePercent } },
        { code: 'recovery.step.rds-grows', params: { growMinutes } },
        { code: 'recovery.step.writes-continue', params: { maxStorageGb } },
      ],
      singlePointsOfFailure: [],
      improvement: null,
    }
  }
  const { alarms } = monitoring
  return {
    id: 'db-disk-full',
    mode: 'manual',
    rtoMinutes: MANUAL_STORAGE_RESIZE_MINUTES,
    rpoMinutes: 0,
    reason: { code: 'recovery.db-disk-full.no-autoscaling', params: { storageGb, resizeMinutes: MANUAL_STORAGE_RESIZE_MINUTES, alarms } },
    steps: [
      plain(alarms > 0 ? 'recovery.step.storage-alarm-or-fail' : 'recovery.step.writes-fail'),
      plain('recovery.step.raise-storage'),
      plain('recovery.step.writes-resume'),
    ],
    singlePointsOfFailure: ['database'],
    improvement: { code: 'recovery.improve.storage-autoscaling', params: { storageGb } },
  }
}
