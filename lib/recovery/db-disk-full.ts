import type { ArchitectureConfig, Database } from '../model'
import { plain } from './recovery-reasons'
import {
  MANUAL_STORAGE_RESIZE_MINUTES,
  STORAGE_AUTOSCALING_FREE_SPACE_PERCENT,
  STORAGE_AUTOSCALING_MIN_STEP_GB,
  STORAGE_AUTOSCALING_MINUTES,
  STORAGE_AUTOSCALING_STEP_PERCENT,
  STORAGE_MODIFICATION_COOLDOWN_HOURS,
} from './recovery-times'
import type { ScenarioDraft } from './types'

/** True when RDS storage autoscaling can still grow the volume. Example: 20 GB with max 100 GB → true. */
export function hasStorageAutoscaling(database: Pick<Database, 'storageGb' | 'maxStorageGb'>): boolean {
  return database.maxStorageGb !== undefined && database.maxStorageGb > database.storageGb
}

/**
 * One storage-autoscaling step: the larger of 10 GiB and 10 % of the allocated storage (RDS also
 * weighs predicted growth, which the model does not know), never past the maximum.
 * Example: 20 GB up to 100 GB → max(10, 2) = 10 GB; 200 GB up to 500 GB → max(10, 20) = 20 GB;
 * 95 GB up to 100 GB → 5 GB (capped).
 */
export function storageAutoscalingStepGb(database: Pick<Database, 'storageGb'> & { maxStorageGb: number }): number {
  const step = Math.max(STORAGE_AUTOSCALING_MIN_STEP_GB, Math.ceil((database.storageGb * STORAGE_AUTOSCALING_STEP_PERCENT) / 100))
  return Math.min(step, database.maxStorageGb - database.storageGb)
}

/**
 * The database volume fills up and writes stop. Storage autoscaling grows it before it is full:
 * once free space has stayed ≤ 10 % for 5 minutes it adds a step, online, so writes go on (RTO 0).
 * It grows again only 6 hours after the last storage modification, and a person cannot modify
 * storage sooner either, so a second fill within 6 hours stops writes until then: the reason
 * says so, with the step. Without autoscaling a person raises the allocated storage. Committed
 * data stays, so RPO is 0 either way.
 * Example (swiftlogix): 20 GB, no maximum, 0 alarms → manual, RTO 30 min, no early warning;
 * with a 100 GB maximum → auto, RTO 0, a 10 GB step at most once every 6 hours.
 */
export function assessDbDiskFull(config: ArchitectureConfig): ScenarioDraft {
  const { database, monitoring } = config
  const { storageGb, maxStorageGb } = database
  const freePercent = STORAGE_AUTOSCALING_FREE_SPACE_PERCENT
  const growMinutes = STORAGE_AUTOSCALING_MINUTES
  if (maxStorageGb !== undefined && hasStorageAutoscaling(database)) {
    const stepGb = storageAutoscalingStepGb({ storageGb, maxStorageGb })
    const cooldownHours = STORAGE_MODIFICATION_COOLDOWN_HOURS
    const capped = storageGb + stepGb >= maxStorageGb
    return {
      id: 'db-disk-full',
      mode: 'auto',
      rtoMinutes: 0,
      rpoMinutes: 0,
      reason: { code: 'recovery.db-disk-full.autoscaling', params: { storageGb, maxStorageGb, freePercent, growMinutes, stepGb, capped, cooldownHours } },
      steps: [
        { code: 'recovery.step.free-storage-falls', params: { freePercent } },
        { code: 'recovery.step.rds-grows', params: { growMinutes, stepGb } },
        { code: 'recovery.step.writes-continue', params: { maxStorageGb } },
        { code: 'recovery.step.second-fill-waits', params: { cooldownHours } },
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
