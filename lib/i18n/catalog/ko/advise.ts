import type { AdviceReason, LeverId } from '../../../advise/advise-reasons'
import type { ScenarioId } from '../../../recovery/scenario-ids'
import { formatDuration, formatNumber, formatPercent, formatWon } from '../../format'
import type { Messages } from '../define'
import { recoveryTitles } from './recovery-titles'

const LEVER: Record<LeverId, string> = {
  tasks: '서비스당 태스크 수',
  'task-size': 'Fargate 태스크 크기',
  nat: 'NAT',
  'db-multi-az': '데이터베이스 Multi-AZ',
  'db-class': '데이터베이스 클래스',
  'db-replicas': '읽기 복제본',
  cache: '캐시',
  purchase: '구매 옵션',
  'spot-share': '스팟 비중',
  'db-insights': 'Database Insights',
  'admin-access': '배스천 또는 Session Manager',
  'az-count': '가용 영역 수',
}

const title = (scenario: ScenarioId) => recoveryTitles[`recovery.title.${scenario}`]({})

/** "가용 영역 장애: RTO 60분, 목표보다 45분 초과" / "리전 장애: RTO 기약 없음". */
const timeMiss = (what: 'RTO' | 'RPO', { scenario, minutes, overByMinutes }: { scenario: ScenarioId; minutes: number | null; overByMinutes: number }) =>
  minutes === null
    ? `${title(scenario)}: ${what} 기약 없음`
    : `${title(scenario)}: ${what} ${formatDuration(minutes, 'ko')}, 목표보다 ${formatDuration(overByMinutes, 'ko')} 초과`

/** 어드바이저의 이유: 그대로 둔 설정과 그 까닭, 목표에 얼마나 못 미치는지. */
export const advise: Messages<AdviceReason> = {
  'advise.lever': ({ lever }) => LEVER[lever],
  'advise.fixed.no-cache': () => '설계에 제거할 캐시가 없습니다.',
  'advise.fixed.no-ec2': () => 'EC2에서 실행되는 서비스가 없어 스팟 비중을 정할 수 없습니다.',
  'advise.fixed.no-fargate': () => 'Fargate에서 실행되는 서비스가 없어 태스크 크기를 바꿀 수 없습니다.',
  'advise.fixed.admin-access-policy': ({ policy }) => `보안 정책상 관리자 접속에 ${policy === 'bastion' ? '배스천 호스트가' : 'Session Manager가'} 필요합니다.`,
  'advise.miss.budget': ({ overByKrw }) => `예산보다 월 ${formatWon(overByKrw, 'ko')} 초과`,
  'advise.miss.peak-budget': ({ overByKrw }) => `피크가 있는 달에 예산보다 ${formatWon(overByKrw, 'ko')} 초과`,
  'advise.miss.rto': (p) => timeMiss('RTO', p),
  'advise.miss.rpo': (p) => timeMiss('RPO', p),
  'advise.miss.sla': ({ overByMs }) => (Number.isFinite(overByMs) ? `p95가 SLA보다 ${formatNumber(overByMs, 'ko', 1)} ms 초과` : '피크 부하를 감당하지 못하는 서비스가 있음'),
  'advise.miss.recovery': ({ shortBy }) => `복구 커버리지가 목표보다 ${formatPercent(shortBy)} 부족`,
  'advise.miss.security': ({ highFindings }) => `높음 등급 보안 발견 사항 ${highFindings}건`,
}
