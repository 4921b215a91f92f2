import type { ScenarioTitle } from '../../../recovery/recovery-reasons'
import type { Messages } from '../define'

/**
 * The failure scenarios' titles in Korean, apart from the rest of recovery: the dashboard's
 * failure-overlay menu shows them on first paint without loading every recovery sentence.
 */
export const recoveryTitles: Messages<ScenarioTitle> = {
  'recovery.title.task-crash': () => '앱 크래시 / OOM',
  'recovery.title.host-failure': () => '호스트 장애',
  'recovery.title.db-unresponsive': () => '데이터베이스 무응답',
  'recovery.title.az-outage': () => '가용 영역 장애',
  'recovery.title.bad-deploy': () => '잘못된 배포(크래시 루프)',
  'recovery.title.db-disk-full': () => '데이터베이스 디스크 가득 참',
  'recovery.title.nat-loss': () => 'NAT 게이트웨이 손실',
  'recovery.title.nat-instance-loss': () => 'NAT 인스턴스 손실',
  'recovery.title.endpoint-loss': () => 'VPC 엔드포인트 응답 없음',
  'recovery.title.region-outage': () => '리전 장애',
}
