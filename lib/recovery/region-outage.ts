import { text, type Text } from '../explain/text'
import type { ArchitectureConfig } from '../model'
import { withJosa } from '../narrative/josa'
import { CROSS_REGION_SNAPSHOT_RPO_MINUTES, REGION_DR_MINUTES } from './recovery-times'
import type { ScenarioDraft } from './types'

const USE_WARM_STANDBY = text(
  'Run a warm standby in a second region (disaster recovery: warm standby)',
  '두 번째 리전에 웜 스탠바이 운영하기(재해 복구: 웜 스탠바이)',
)
const DNS_TO_SECOND_REGION = text('DNS is pointed at the second region.', 'DNS가 두 번째 리전을 가리키게 합니다.')

/** "us-east-1 becomes unavailable; …" with the right Korean particle after the region's name. */
function regionFails(region: string, en: string, ko: string): Text {
  return { en: `${region} becomes unavailable; ${en}`, ko: `${withJosa(region, '이/가')} 사용할 수 없게 되고, ${ko}` }
}

/**
 * The whole region is unavailable. Only the disaster-recovery strategy matters: nothing inside the
 * region can help. The times follow the AWS disaster-recovery whitepaper's tiers.
 * Example (swiftlogix): no DR, no cross-region backups → manual, RTO and RPO unbounded.
 */
export function assessRegionOutage(config: ArchitectureConfig): ScenarioDraft {
  const { mode, crossRegionBackups } = config.disasterRecovery
  const region = config.region
  const base = { id: 'region-outage' } as const
  const declareDisaster = regionFails(region, 'a person declares a disaster.', '사람이 재해를 선언합니다.')
  switch (mode) {
    case 'none': {
      const rpoMinutes = crossRegionBackups ? CROSS_REGION_SNAPSHOT_RPO_MINUTES : null
      const backups = crossRegionBackups
        ? text(
            `Snapshots are copied to a second region, so at most a day of writes is lost (RPO ${CROSS_REGION_SNAPSHOT_RPO_MINUTES} min) once someone rebuilds there.`,
            `스냅샷이 두 번째 리전으로 복사되므로, 누군가 그곳에 다시 구축하면 잃는 쓰기는 최대 하루치입니다(RPO ${CROSS_REGION_SNAPSHOT_RPO_MINUTES}분).`,
          )
        : text(
            `Backups stay in ${region} too, so a lasting outage can take the data with it (RPO unbounded).`,
            `백업도 ${region}에 있으므로, 장애가 길어지면 데이터까지 잃을 수 있습니다(RPO 상한 없음).`,
          )
      return {
        ...base,
        mode: 'manual',
        rtoMinutes: null,
        rpoMinutes,
        reason: {
          en: `There is no disaster-recovery plan: everything runs in ${region} and nothing is prepared elsewhere, so the recovery time is unbounded. ${backups.en}`,
          ko: `재해 복구 계획이 없습니다. 모든 것이 ${region}에서 돌고 다른 곳에 준비된 것이 없으므로 복구 시간에 상한이 없습니다. ${backups.ko}`,
        },
        steps: [
          regionFails(region, 'every component stops.', '모든 구성 요소가 멈춥니다.'),
          text(
            'A person waits for the region to return, or rebuilds the whole stack elsewhere from scratch.',
            '사람이 리전이 돌아오기를 기다리거나, 다른 곳에 전체 스택을 처음부터 다시 구축합니다.',
          ),
        ],
        singlePointsOfFailure: ['region'],
        improvement: USE_WARM_STANDBY,
      }
    }
    case 'backup-restore': {
      const { rto, rpo, rpoWithCrossRegionBackups } = REGION_DR_MINUTES['backup-restore']
      const rpoMinutes = crossRegionBackups ? rpoWithCrossRegionBackups : rpo
      const loss = crossRegionBackups
        ? text(
            `Automated backups are replicated to the second region, so about ${rpoMinutes} min of writes are lost.`,
            `자동 백업이 두 번째 리전으로 복제되므로 약 ${rpoMinutes}분의 쓰기를 잃습니다.`,
          )
        : text(
            `Without cross-region backup replication the newest copy there is a daily snapshot, so up to ${rpoMinutes} min of writes are lost.`,
            `리전 간 백업 복제가 없으면 그곳의 최신 사본은 일일 스냅샷이므로, 최대 ${rpoMinutes}분의 쓰기를 잃습니다.`,
          )
      return {
        ...base,
        mode: 'manual',
        rtoMinutes: rto,
        rpoMinutes,
        reason: {
          en: `Backup and restore: a person rebuilds the stack in a second region from infrastructure code and restores the latest backup there (about ${rto} min). ${loss.en}`,
          ko: `백업 및 복원: 사람이 인프라 코드로 두 번째 리전에 스택을 다시 구축하고 최신 백업을 그곳에 복원합니다(약 ${rto}분). ${loss.ko}`,
        },
        steps: [
          declareDisaster,
          text(
            'The stack is deployed in the second region and the database restored from backup.',
            '두 번째 리전에 스택을 배포하고 데이터베이스를 백업에서 복원합니다.',
          ),
          DNS_TO_SECOND_REGION,
        ],
        singlePointsOfFailure: ['region'],
        improvement: USE_WARM_STANDBY,
      }
    }
    case 'pilot-light': {
      const { rto, rpo } = REGION_DR_MINUTES['pilot-light']
      return {
        ...base,
        mode: 'partial',
        rtoMinutes: rto,
        rpoMinutes: rpo,
        reason: text(
          `Pilot light: the database is already replicated to a second region, but compute there is off; a person scales it up and switches DNS (about ${rto} min), ` +
            `losing up to ${rpo} min of writes.`,
          `파일럿 라이트: 데이터베이스는 이미 두 번째 리전에 복제되어 있지만 그곳의 컴퓨팅은 꺼져 있습니다. 사람이 규모를 키우고 DNS를 전환하며(약 ${rto}분), ` +
            `최대 ${rpo}분의 쓰기를 잃습니다.`,
        ),
        steps: [
          declareDisaster,
          text(
            'The replica database in the second region is promoted; services there are scaled up from zero.',
            '두 번째 리전의 복제본 데이터베이스를 승격하고, 그곳의 서비스를 0에서 확장합니다.',
          ),
          DNS_TO_SECOND_REGION,
        ],
        singlePointsOfFailure: [],
        improvement: USE_WARM_STANDBY,
      }
    }
    case 'warm-standby': {
      const { rto, rpo } = REGION_DR_MINUTES['warm-standby']
      return {
        ...base,
        mode: 'auto',
        rtoMinutes: rto,
        rpoMinutes: rpo,
        reason: text(
          `Warm standby: a scaled-down copy already runs in a second region; DNS failover moves traffic there and it scales out (about ${rto} min), ` +
            `losing up to ${rpo} min of replicated writes.`,
          `웜 스탠바이: 축소된 사본이 두 번째 리전에서 이미 돌고 있습니다. DNS 장애 조치가 트래픽을 그쪽으로 옮기고 규모를 늘리며(약 ${rto}분), ` +
            `복제된 쓰기 중 최대 ${rpo}분을 잃습니다.`,
        ),
        steps: [
          regionFails(region, 'DNS health checks fail.', 'DNS 헬스 체크가 실패합니다.'),
          text('Traffic moves to the standby region, whose database replica is promoted.', '트래픽이 대기 리전으로 옮겨 가고, 그곳의 데이터베이스 복제본이 승격됩니다.'),
          text('The standby scales out to full capacity.', '대기 리전이 전체 용량으로 확장됩니다.'),
        ],
        singlePointsOfFailure: [],
        improvement: null,
      }
    }
  }
}
