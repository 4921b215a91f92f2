import type { CapacityReason } from '../../../capacity/capacity-reasons'
import { formatNotation as n } from '../../format'
import type { Messages } from '../define'

/** Capacity in Korean. AWS's notation (req/s, ms, M/M/c) stays as Korean engineers read it. */
export const capacity: Messages<CapacityReason> = {
  'capacity.load.busiest-band': () => '가장 바쁜 일일 대역',
  'capacity.load.peak-event': (p) => p.name,
  'capacity.formula.queue': (p) =>
    `M/M/c: λ = ${n(p.rps)} req/s, S = ${n(p.serviceTimeMs)} ms, c = 태스크 ${p.tasks}개 × ${p.workersPerTask} = ${p.servers}, ρ = ${n(p.utilisation * 100, 1)} % → 대기열 p95 ${n(p.queueP95Ms, 1)} ms + ${n(p.networkOverheadMs)} ms 네트워크 = ${n(p.p95Ms, 1)} ms`,
  'capacity.formula.unbounded': (p) =>
    `M/M/c: λ = ${n(p.rps)} req/s에는 서버 c = ${p.servers}개로 부족, S = ${n(p.serviceTimeMs)} ms (ρ = ${n(p.utilisation * 100, 1)} % ≥ 100 %): 대기열이 끝없이 늘어남`,
  'capacity.advice.recommend': (p) =>
    `${n(p.rps)} req/s에서 SLA를 지키려면 태스크 ${p.slaTasks}개, 사용률 ≤ ${p.targetUtilisation * 100} %를 지키려면 ${p.utilisationTasks}개, AZ를 모두 덮으려면 ${p.haTasks}개 → ${p.recommendedTasks}개를 권장합니다. 스케일링 정책은 피크에 ${p.peakTasks}개를 실행합니다.`,
  'capacity.advice.no-task-count': (p) =>
    `p95 < ${p.slaP95Ms} ms를 지키는 태스크 수가 없습니다. 네트워크 오버헤드와 요청 하나의 처리 시간만으로 이미 넘습니다.`,
}
