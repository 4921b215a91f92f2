import type { RecoveryReason } from '../../../recovery/recovery-reasons'
import { formatNotation as n } from '../../format'
import type { Messages } from '../define'

/** Recovery in Korean: scenario titles, modes, parts and coverage. */
export const recovery: Messages<RecoveryReason> = {
  'recovery.title.task-crash': () => '앱 크래시 / OOM',
  'recovery.title.host-failure': () => '호스트 장애',
  'recovery.title.db-unresponsive': () => '데이터베이스 무응답',
  'recovery.title.az-outage': () => '가용 영역 장애',
  'recovery.title.bad-deploy': () => '잘못된 배포(크래시 루프)',
  'recovery.title.db-disk-full': () => '데이터베이스 디스크 가득 참',
  'recovery.title.nat-loss': () => 'NAT 게이트웨이 손실',
  'recovery.title.region-outage': () => '리전 장애',
  'recovery.mode.auto': () => '자동',
  'recovery.mode.partial': () => '부분',
  'recovery.mode.manual': () => '수동',
  'recovery.part.app': () => '앱',
  'recovery.part.database': () => '데이터베이스',
  'recovery.part.nat': () => 'NAT',
  'recovery.part.load-balancer': () => '로드 밸런서',
  'recovery.coverage.share': (p) => `${p.total}개 중 ${p.auto}개 시나리오 자동 복구 = ${n(p.share * 100, 1)} %`,
  'recovery.coverage.none': () => '평가한 시나리오 없음',
}
