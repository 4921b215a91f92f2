import type { CapacityReason, RoutingReason, ServiceTimeBasis, ServiceTimeSource } from '../../../capacity/capacity-reasons'
import { formatNotation as n } from '../../format'
import type { Messages } from '../define'

/** A part of a formula (routing, service time) worded by its own message. */
function part(r: RoutingReason | ServiceTimeSource | ServiceTimeBasis): string {
  return (capacity[r.code] as (params: object) => string)(r.params)
}

/** Capacity in Korean. AWS's notation (req/s, ms, M/M/c) stays as Korean engineers read it. */
export const capacity: Messages<CapacityReason> = {
  'capacity.load.busiest-band': () => '가장 바쁜 일일 대역',
  'capacity.load.peak-event': (p) => p.name,
  'capacity.routing.round-robin': () => '라운드 로빈(태스크마다 자기 몫을 따로 대기)',
  'capacity.routing.least-outstanding-requests': () => '최소 미처리 요청(하나로 합친 대기열)',
  'capacity.routing.no-load-balancer': () => '로드 밸런서 없음(하나의 공유 대기열)',
  'capacity.service-time.given': (p) => `${n(p.serviceTimeMs)} ms`,
  'capacity.service-time.calibrated': (p) =>
    `${n(p.serviceTimeMs)} ms(측정 결과에 맞춤: 태스크당 ${n(p.rpsPerTask)} req/s에서 p95 ${n(p.p95Ms)} ms)`,
  'capacity.service-time.same-size': (p) => `S = ${part(p.source)}, ${n(p.vcpu)} vCPU 기준`,
  'capacity.service-time.scaled': (p) =>
    `S = ${part(p.source)}, ${n(p.measuredOnVcpu)} vCPU 기준 × ((1 − ${n(p.cpuBoundShare)}) + ${n(p.cpuBoundShare)} × ${n(p.measuredOnVcpu)} / ${n(p.vcpu)} vCPU) = ${n(p.serviceTimeMs)} ms (CPU 처리 비중 ${n(p.cpuBoundShare)}${p.shareAssumed ? ', 가정' : ''})`,
  'capacity.service-time.unknown-vcpu': (p) => `S = ${part(p.source)} (${p.instanceType}: vCPU 수를 몰라 인스턴스 크기에 맞춰 환산하지 않음)`,
  'capacity.formula.queue': (p) =>
    p.routing.code === 'capacity.routing.round-robin'
      ? `태스크별 M/M/c, ${part(p.routing)}: λ = ${n(p.rps)} req/s ÷ 태스크 ${p.tasks}개 = ${n(p.queueRps)} req/s, ${part(p.serviceTime)}, c = 태스크당 ${p.servers}, ρ = ${n(p.utilisation * 100, 1)} % → 대기열 p95 ${n(p.queueP95Ms, 1)} ms + ${n(p.networkOverheadMs)} ms 네트워크 = ${n(p.p95Ms, 1)} ms`
      : `M/M/c, ${part(p.routing)}: λ = ${n(p.rps)} req/s, ${part(p.serviceTime)}, c = 태스크 ${p.tasks}개 × ${p.workersPerTask} = ${p.servers}, ρ = ${n(p.utilisation * 100, 1)} % → 대기열 p95 ${n(p.queueP95Ms, 1)} ms + ${n(p.networkOverheadMs)} ms 네트워크 = ${n(p.p95Ms, 1)} ms`,
  'capacity.formula.unbounded': (p) =>
    `M/M/c, ${part(p.routing)}: λ = ${n(p.rps)} req/s에는 서버 c = ${p.servers}개로 부족, ${part(p.serviceTime)} (ρ = ${n(p.utilisation * 100, 1)} % ≥ 100 %): 대기열이 끝없이 늘어남`,
  'capacity.advice.recommend': (p) =>
    `${n(p.rps)} req/s에서 SLA를 지키려면 태스크 ${p.slaTasks}개, 사용률 ≤ ${p.targetUtilisation * 100} %를 지키려면 ${p.utilisationTasks}개, AZ를 모두 덮으려면 ${p.haTasks}개 → ${p.recommendedTasks}개를 권장합니다. 스케일링 정책은 피크에 ${p.peakTasks}개를 실행합니다.`,
  'capacity.advice.no-task-count': (p) =>
    `p95 < ${p.slaP95Ms} ms를 지키는 태스크 수가 없습니다. 네트워크 오버헤드와 요청 하나의 처리 시간만으로 이미 넘습니다.`,
}
