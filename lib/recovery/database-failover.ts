import type { Database } from '../model'
import {
  RDS_MULTI_AZ_FAILOVER_SECONDS,
  RDS_PITR_RESTORE_MINUTES,
  RDS_TRANSACTION_LOG_UPLOAD_MINUTES,
  READ_REPLICA_LAG_MINUTES,
  READ_REPLICA_PROMOTION_MINUTES,
  roundUpToHalfMinute,
} from './recovery-times'
import { plain, type DatabaseReason, type Improvement, type RecoveryStep } from './recovery-reasons'
import type { RecoveryMode } from './types'

/** How the database comes back when its primary instance (or that instance's AZ) is gone. */
export type DatabaseRecovery = {
  mode: RecoveryMode
  rtoMinutes: number | null
  rpoMinutes: number | null
  reason: DatabaseReason
  steps: RecoveryStep[]
  improvement: Improvement | null
}

const TURN_ON_MULTI_AZ = plain('recovery.improve.multi-az')

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
      reason: { code: 'recovery.database.multi-az', params: { minSeconds: min, maxSeconds: max, rtoMinutes } },
      steps: [
        plain('recovery.step.rds-detects'),
        { code: 'recovery.step.rds-repoints', params: { minSeconds: min, maxSeconds: max } },
        plain('recovery.step.app-reconnects-standby'),
      ],
      improvement: null,
    }
  }
  if (database.readReplicas > 0) {
    return {
      mode: 'manual',
      rtoMinutes: READ_REPLICA_PROMOTION_MINUTES,
      rpoMinutes: READ_REPLICA_LAG_MINUTES,
      reason: {
        code: 'recovery.database.read-replica',
        params: { replicas: database.readReplicas, promotionMinutes: READ_REPLICA_PROMOTION_MINUTES, lagMinutes: READ_REPLICA_LAG_MINUTES },
      },
      steps: [plain('recovery.step.db-outage-confirmed'), plain('recovery.step.promote-replica'), plain('recovery.step.repoint-promoted')],
      improvement: TURN_ON_MULTI_AZ,
    }
  }
  if (database.backupRetentionDays > 0) {
    return {
      mode: 'manual',
      rtoMinutes: RDS_PITR_RESTORE_MINUTES,
      rpoMinutes: RDS_TRANSACTION_LOG_UPLOAD_MINUTES,
      reason: {
        code: 'recovery.database.restore-backup',
        params: { restoreMinutes: RDS_PITR_RESTORE_MINUTES, retentionDays: database.backupRetentionDays, logUploadMinutes: RDS_TRANSACTION_LOG_UPLOAD_MINUTES },
      },
      steps: [plain('recovery.step.db-outage-confirmed'), plain('recovery.step.restore-latest'), plain('recovery.step.repoint-new')],
      improvement: TURN_ON_MULTI_AZ,
    }
  }
  return {
    mode: 'manual',
    rtoMinutes: null,
    rpoMinutes: null,
    reason: plain('recovery.database.no-backups'),
    steps: [plain('recovery.step.db-outage-confirmed'), plain('recovery.step.reboot-or-repair')],
    improvement: TURN_ON_MULTI_AZ,
  }
}
