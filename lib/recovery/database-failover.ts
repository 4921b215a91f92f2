import { text, type Text } from '../explain/text'
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
  reason: Text
  steps: Text[]
  improvement: Text | null
}

export const TURN_ON_MULTI_AZ = text('Turn on Database Multi-AZ', 'Database Multi-AZ 켜기')

const SOMEONE_CONFIRMS_THE_OUTAGE = text(
  'An alarm or users report database errors; a person confirms the primary is down.',
  '경보나 사용자가 데이터베이스 오류를 알리고, 사람이 프라이머리 중단을 확인합니다.',
)

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
      reason: {
        en:
          `Multi-AZ keeps a synchronous standby in a second AZ: RDS fails over to it in ${min}–${max} s (→ ${rtoMinutes} min), ` +
          'and every committed write is already on the standby, so none is lost (RPO 0).',
        ko:
          `Multi-AZ는 두 번째 AZ에 동기식 대기 인스턴스를 둡니다. RDS가 ${min}–${max}초 안에 그쪽으로 장애 조치하고(→ ${rtoMinutes}분), ` +
          '커밋된 쓰기는 모두 대기 인스턴스에 이미 있으므로 잃는 데이터가 없습니다(RPO 0).',
      },
      steps: [
        text('RDS detects that the primary is not responding.', 'RDS가 프라이머리의 무응답을 감지합니다.'),
        text(
          `RDS points the database endpoint at the standby in the other AZ (${min}–${max} s).`,
          `RDS가 데이터베이스 엔드포인트를 다른 AZ의 대기 인스턴스로 돌립니다(${min}–${max}초).`,
        ),
        text(
          'The app reconnects to the same endpoint; RDS rebuilds a new standby in the background.',
          '앱은 같은 엔드포인트로 다시 연결하고, RDS는 백그라운드에서 새 대기 인스턴스를 만듭니다.',
        ),
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
      reason: {
        en:
          `The database is Single-AZ, so nothing takes over on its own. A person can promote one of the ${replicas} ` +
          `to primary by hand and repoint the app (about ${READ_REPLICA_PROMOTION_MINUTES} min); writes the replica had not ` +
          `yet received, about ${READ_REPLICA_LAG_MINUTES} min of replica lag, are lost.`,
        ko:
          `데이터베이스가 Single-AZ라 스스로 넘겨받는 것이 없습니다. 사람이 읽기 복제본 ${database.readReplicas}개 중 하나를 직접 ` +
          `프라이머리로 승격하고 앱의 연결 대상을 바꿀 수 있습니다(약 ${READ_REPLICA_PROMOTION_MINUTES}분). 복제본이 아직 받지 못한 쓰기, ` +
          `곧 약 ${READ_REPLICA_LAG_MINUTES}분의 복제 지연분은 잃습니다.`,
      },
      steps: [
        SOMEONE_CONFIRMS_THE_OUTAGE,
        text('The person promotes a read replica to a standalone primary.', '그 사람이 읽기 복제본을 독립된 프라이머리로 승격합니다.'),
        text(
          'The app is repointed at the promoted instance and reconnects; a new replica is created later.',
          '앱의 연결 대상을 승격된 인스턴스로 바꾸고 다시 연결합니다. 새 복제본은 나중에 만듭니다.',
        ),
      ],
      improvement: TURN_ON_MULTI_AZ,
    }
  }
  if (database.backupRetentionDays > 0) {
    return {
      mode: 'manual',
      rtoMinutes: RDS_PITR_RESTORE_MINUTES,
      rpoMinutes: RDS_TRANSACTION_LOG_UPLOAD_MINUTES,
      reason: {
        en:
          'The database is Single-AZ with no standby and no read replica, so a person restores a point-in-time backup ' +
          `into a new instance (about ${RDS_PITR_RESTORE_MINUTES} min). With ${database.backupRetentionDays} days of backups RDS ` +
          `uploads transaction logs every ${RDS_TRANSACTION_LOG_UPLOAD_MINUTES} min, so up to ${RDS_TRANSACTION_LOG_UPLOAD_MINUTES} min of writes are lost.`,
        ko:
          '데이터베이스가 대기 인스턴스도 읽기 복제본도 없는 Single-AZ라, 사람이 특정 시점 백업을 새 인스턴스로 ' +
          `복원합니다(약 ${RDS_PITR_RESTORE_MINUTES}분). 백업을 ${database.backupRetentionDays}일 보존하면 RDS가 트랜잭션 로그를 ` +
          `${RDS_TRANSACTION_LOG_UPLOAD_MINUTES}분마다 올리므로, 최대 ${RDS_TRANSACTION_LOG_UPLOAD_MINUTES}분의 쓰기를 잃습니다.`,
      },
      steps: [
        SOMEONE_CONFIRMS_THE_OUTAGE,
        text('The person restores the latest restorable time into a new instance.', '그 사람이 복원 가능한 최신 시점을 새 인스턴스로 복원합니다.'),
        text('The app is repointed at the new instance and reconnects.', '앱의 연결 대상을 새 인스턴스로 바꾸고 다시 연결합니다.'),
      ],
      improvement: TURN_ON_MULTI_AZ,
    }
  }
  return {
    mode: 'manual',
    rtoMinutes: null,
    rpoMinutes: null,
    reason: text(
      'The database is Single-AZ and automated backups are off (retention 0 days): there is no standby, replica or ' +
        'backup to fall back on, so if the instance cannot be brought back its data is gone. RTO and RPO are unbounded.',
      '데이터베이스가 Single-AZ이고 자동 백업이 꺼져 있습니다(보존 0일). 기댈 대기 인스턴스도 복제본도 백업도 없으므로, ' +
        '인스턴스를 되살리지 못하면 데이터는 사라집니다. RTO와 RPO에 상한이 없습니다.',
    ),
    steps: [
      SOMEONE_CONFIRMS_THE_OUTAGE,
      text(
        'The person can only try to reboot or repair the instance; there is nothing to restore from.',
        '그 사람은 인스턴스를 재부팅하거나 고쳐 보는 것밖에 할 수 없습니다. 복원할 곳이 없습니다.',
      ),
    ],
    improvement: TURN_ON_MULTI_AZ,
  }
}
