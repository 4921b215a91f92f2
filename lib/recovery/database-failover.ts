import type { Database } from '../model'
import {
  RDS_MULTI_AZ_FAILOVER_SECONDS,
  RDS_PITR_RESTORE_MINUTES,
  RDS_TRANSACTION_LOG_UPLOAD_MINUTES,
  READ_REPLICA_LAG_MINUTES,
  READ_REPLICA_PROMOTION_MINUTES,
} from './recovery-times'
import { roundUpToHalfMinute } from './round-minutes'
import type { RecoveryMode } from './types'

/** How the database comes back when its primary instance (or that instance's AZ) is gone. */
export type DatabaseRecovery = {
  mode: RecoveryMode
  rtoMinutes: number | null
  rpoMinutes: number | null
  reason: string
  steps: string[]
  improvement: string | null
}

export const TURN_ON_MULTI_AZ = 'Turn on Database Multi-AZ'

/**
 * Multi-AZ fails over by itself; otherwise a person promotes a read replica, restores a
 * point-in-time backup, or, with backups off, has nothing to restore.
 * Example: Single-AZ, 7 days of backups → manual, RTO 60 min, RPO 5 min (logs reach S3 every 5 min).
 */
export function assessDatabaseFailover(database: Database): DatabaseRecovery {
  if (database.multiAz) {
    const { min, max } = RDS_MULTI_AZ_FAILOVER_SECONDS
    const rtoMinutes = roundUpToHalfMinute(max)
    return {
      mode: 'auto',
      rtoMinutes,
      rpoMinutes: 0,
      reason:
        `Multi-AZ keeps a synchronous standby in a second AZ: RDS fails over to it in ${min}–${max} s (→ ${rtoMinutes} min), ` +
        'and every committed write is already on the standby, so none is lost (RPO 0).',
      steps: [
        'RDS detects that the primary is not responding.',
        `RDS points the database endpoint at the standby in the other AZ (${min}–${max} s).`,
        'The app reconnects to the same endpoint; RDS rebuilds a new standby in the background.',
      ],
      improvement: null,
    }
  }
  if (database.readReplicas > 0) {
    const replicas = database.readReplicas === 1 ? '1 read replica' : `${database.readReplicas} read replicas`
    return {
      mode: 'manual',
      rtoMinutes: READ_REPLICA_PROMOTION_MINUTES,
      rpoMinutes: READ_REPLICA_LAG_MINUTES,
      reason:
        `The database is Single-AZ, so nothing takes over on its own. A person can promote one of the ${replicas} ` +
        `to primary by hand and repoint the app (about ${READ_REPLICA_PROMOTION_MINUTES} min); writes the replica had not ` +
        `yet received, about ${READ_REPLICA_LAG_MINUTES} min of replica lag, are lost.`,
      steps: [
        'An alarm or users report database errors; a person confirms the primary is down.',
        'The person promotes a read replica to a standalone primary.',
        'The app is repointed at the promoted instance and reconnects; a new replica is created later.',
      ],
      improvement: TURN_ON_MULTI_AZ,
    }
  }
  if (database.backupRetentionDays > 0) {
    return {
      mode: 'manual',
      rtoMinutes: RDS_PITR_RESTORE_MINUTES,
      rpoMinutes: RDS_TRANSACTION_LOG_UPLOAD_MINUTES,
      reason:
        'The database is Single-AZ with no standby and no read replica, so a person restores a point-in-time backup ' +
        `into a new instance (about ${RDS_PITR_RESTORE_MINUTES} min). With ${database.backupRetentionDays} days of backups RDS ` +
        `uploads transaction logs every ${RDS_TRANSACTION_LOG_UPLOAD_MINUTES} min, so up to ${RDS_TRANSACTION_LOG_UPLOAD_MINUTES} min of writes are lost.`,
      steps: [
        'An alarm or users report database errors; a person confirms the primary is down.',
        'The person restores the latest restorable time into a new instance.',
        'The app is repointed at the new instance and reconnects.',
      ],
      improvement: TURN_ON_MULTI_AZ,
    }
  }
  return {
    mode: 'manual',
    rtoMinutes: null,
    rpoMinutes: null,
    reason:
      'The database is Single-AZ and automated backups are off (retention 0 days): there is no standby, replica or ' +
      'backup to fall back on, so if the instance cannot be brought back its data is gone. RTO and RPO are unbounded.',
    steps: [
      'An alarm or users report database errors; a person confirms the primary is down.',
      'The person can only try to reboot or repair the instance; there is nothing to restore from.',
    ],
    improvement: TURN_ON_MULTI_AZ,
  }
}
