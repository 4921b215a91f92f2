import { text } from '../explain/text'
import type { ArchitectureConfig, Database } from '../model'
import {
  MANUAL_STORAGE_RESIZE_MINUTES,
  STORAGE_AUTOSCALING_FREE_SPACE_PERCENT,
  STORAGE_AUTOSCALING_MINUTES,
} from './recovery-times'
import type { ScenarioDraft } from './types'

const DATA_STAYS = text('Committed data stays (RPO 0).', '커밋된 데이터는 그대로입니다(RPO 0).')

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
  if (hasStorageAutoscaling(database)) {
    return {
      id: 'db-disk-full',
      mode: 'auto',
      rtoMinutes: growMinutes,
      rpoMinutes: 0,
      reason: {
        en:
          `Storage autoscaling is on (${storageGb} GB, up to ${maxStorageGb} GB): RDS grows the volume when free space ` +
          `stays at or below ${freePercent} % for ${growMinutes} min, before it is full, ` +
          `so writes see 0–${growMinutes} min of pressure and no outage. ${DATA_STAYS.en}`,
        ko:
          `스토리지 자동 확장이 켜져 있습니다(${storageGb} GB, 최대 ${maxStorageGb} GB). 여유 공간이 ${growMinutes}분 동안 ${freePercent}% 이하로 ` +
          `머물면 가득 차기 전에 RDS가 볼륨을 늘리므로, 쓰기는 0–${growMinutes}분 동안 압박을 받을 뿐 중단되지 않습니다. ${DATA_STAYS.ko}`,
      },
      steps: [
        text(`Free storage falls to ${freePercent} % of the volume.`, `여유 스토리지가 볼륨의 ${freePercent}%까지 줄어듭니다.`),
        text(
          `After ${growMinutes} min RDS grows the volume, online (at most once every 6 hours).`,
          `${growMinutes}분 뒤 RDS가 서비스 중에 볼륨을 늘립니다(최대 6시간에 한 번).`,
        ),
        text(`Writes continue; growth stops at ${maxStorageGb} GB.`, `쓰기는 계속되고, 확장은 ${maxStorageGb} GB에서 멈춥니다.`),
      ],
      singlePointsOfFailure: [],
      improvement: null,
    }
  }
  const { alarms } = monitoring
  const warning =
    alarms > 0
      ? text(
          `With ${alarms} CloudWatch alarm${alarms === 1 ? '' : 's'}, a free-storage alarm can warn before the volume fills.`,
          `CloudWatch 경보가 ${alarms}개 있어, 여유 스토리지 경보가 볼륨이 차기 전에 알려 줄 수 있습니다.`,
        )
      : text('There are no CloudWatch alarms, so the first warning is failed writes.', 'CloudWatch 경보가 없어, 처음 알게 되는 신호는 실패한 쓰기입니다.')
  return {
    id: 'db-disk-full',
    mode: 'manual',
    rtoMinutes: MANUAL_STORAGE_RESIZE_MINUTES,
    rpoMinutes: 0,
    reason: {
      en:
        `Storage autoscaling is off (${storageGb} GB, no higher maximum): when the volume fills the database stops taking writes ` +
        `until someone raises the allocated storage (about ${MANUAL_STORAGE_RESIZE_MINUTES} min). ${warning.en} ${DATA_STAYS.en}`,
      ko:
        `스토리지 자동 확장이 꺼져 있습니다(${storageGb} GB, 더 높은 최대값 없음). 볼륨이 가득 차면 누군가 할당 스토리지를 늘릴 때까지 ` +
        `데이터베이스가 쓰기를 받지 않습니다(약 ${MANUAL_STORAGE_RESIZE_MINUTES}분). ${warning.ko} ${DATA_STAYS.ko}`,
    },
    steps: [
      alarms > 0
        ? text('A free-storage alarm fires, or writes start failing.', '여유 스토리지 경보가 울리거나, 쓰기가 실패하기 시작합니다.')
        : text('Writes start failing.', '쓰기가 실패하기 시작합니다.'),
      text('A person raises the allocated storage.', '사람이 할당 스토리지를 늘립니다.'),
      text('Writes resume as soon as the modification starts.', '변경이 시작되자마자 쓰기가 재개됩니다.'),
    ],
    singlePointsOfFailure: ['database'],
    improvement: {
      en: `Turn on storage autoscaling (set a database maximum storage above ${storageGb} GB)`,
      ko: `스토리지 자동 확장 켜기(데이터베이스 최대 스토리지를 ${storageGb} GB보다 크게 설정)`,
    },
  }
}
