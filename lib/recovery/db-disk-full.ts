import type { ArchitectureConfig, Database } from '../model'
import {
  MANUAL_STORAGE_RESIZE_MINUTES,
  STORAGE_AUTOSCALING_FREE_SPACE_PERCENT,
  STORAGE_AUTOSCALING_MINUTES,
} from './recovery-times'
import { SCENARIO_TITLES } from './scenario-titles'
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
  const base = { id: 'db-disk-full', title: SCENARIO_TITLES['db-disk-full'] } as const
  if (hasStorageAutoscaling(database)) {
    return {
      ...base,
      mode: 'auto',
      rtoMinutes: STORAGE_AUTOSCALING_MINUTES,
      rpoMinutes: 0,
      reason:
        `Storage autoscaling is on (${database.storageGb} GB, up to ${database.maxStorageGb} GB): RDS grows the volume when free space ` +
        `stays at or below ${STORAGE_AUTOSCALING_FREE_SPACE_PERCENT} % for ${STORAGE_AUTOSCALING_MINUTES} min, before it is full, ` +
        `so writes see 0–${STORAGE_AUTOSCALING_MINUTES} min of pressure and no outage. Committed data stays (RPO 0).`,
      steps: [
        `Free storage falls to ${STORAGE_AUTOSCALING_FREE_SPACE_PERCENT} % of the volume.`,
        `After ${STORAGE_AUTOSCALING_MINUTES} min RDS grows the volume, online (at most once every 6 hours).`,
        `Writes continue; growth stops at ${database.maxStorageGb} GB.`,
      ],
      singlePointsOfFailure: [],
      improvement: null,
    }
  }
  const warning =
    monitoring.alarms > 0
      ? `With ${monitoring.alarms} CloudWatch alarm${monitoring.alarms === 1 ? '' : 's'}, a free-storage alarm can warn before the volume fills.`
      : 'There are no CloudWatch alarms, so the first warning is failed writes.'
  return {
    ...base,
    mode: 'manual',
    rtoMinutes: MANUAL_STORAGE_RESIZE_MINUTES,
    rpoMinutes: 0,
    reason:
      `Storage autoscaling is off (${database.storageGb} GB, no higher maximum): when the volume fills the database stops taking writes ` +
      `until someone raises the allocated storage (about ${MANUAL_STORAGE_RESIZE_MINUTES} min). ${warning} Committed data stays (RPO 0).`,
    steps: [
      monitoring.alarms > 0 ? 'A free-storage alarm fires, or writes start failing.' : 'Writes start failing.',
      'A person raises the allocated storage.',
      'Writes resume as soon as the modification starts.',
    ],
    singlePointsOfFailure: ['database'],
    improvement: `Turn on storage autoscaling (set a database maximum storage above ${database.storageGb} GB)`,
  }
}
