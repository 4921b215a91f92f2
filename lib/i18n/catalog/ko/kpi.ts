import { withJosa } from '../../josa'
import { joinList } from '../../join-list'
import type { Messages } from '../define'
import type { KpiReason } from '../kpi-reasons'

const SEVERITY = { high: '높음', medium: '중간', low: '낮음' } as const

/** The KPI strip's and its popovers' own words in Korean. */
export const kpi: Messages<KpiReason> = {
  'kpi.cost-detail': ({ minUsd, peakUsd, unknownLines }) => `범위 ${minUsd} – ${peakUsd}${unknownLines === null ? '' : ` · ${unknownLines} 가격 미상`}`,
  'kpi.budget-detail': ({ within, gapKrw, budgetKrw }) => (within ? `${gapKrw} 남음 / 예산 ${budgetKrw}` : `초과액 ${gapKrw} / 예산 ${budgetKrw}`),
  'kpi.recovery-value': ({ auto, total }) => `${auto}/${total} 자동`,
  'kpi.recovery-detail': ({ partial, manual }) => `${partial} 부분 · ${manual} 수동`,
  'kpi.latency-detail': ({ sla, met, endpoint }) => `SLA < ${sla} · ${met === null ? '실행 안 됨' : met ? '충족' : '미달'} · ${endpoint}`,
  'kpi.findings-value': ({ high }) => `${high} 높음`,
  'kpi.findings-detail': ({ medium, low }) => `${medium} 중간 · ${low} 낮음`,

  'kpi.cost-title': () => '월 비용 항목별 내역',
  'kpi.source': () => '출처:',
  'kpi.unknown': () => '알 수 없음',
  'kpi.total': () => '합계:',
  'kpi.rate': ({ rate, compiled }) => `환율 ${rate} KRW/USD. 가격 카탈로그 작성일 ${compiled}, 한 달 730시간 기준.`,
  'kpi.budget-title': () => '예산 점검',
  'kpi.unknown-lines': ({ lines }) => `가격을 알 수 없는 항목이 ${lines.length}개라 합계는 하한값입니다: ${joinList(lines, 'ko')}.`,
  'kpi.coverage-title': () => '자동 복구',
  'kpi.rto-rpo': ({ rto, rpo }) => `RTO ${rto} · RPO ${rpo}`,
  'kpi.latency-title': () => 'SLA 대비 p95 지연 시간(M/M/c 대기열)',
  'kpi.typical': () => '평상시:',
  'kpi.peak': () => '피크:',
  'kpi.severity': ({ severity }) => SEVERITY[severity],
  'kpi.no-findings': () => '점검 결과가 없습니다.',
  'kpi.fix': () => '조치:',

  'kpi.fit-budget': () => '예산에 맞추기',
  'kpi.fit-finding': () => '찾는 중…',
  'kpi.fit-within': () => '예산 안에 있어 줄일 것이 없습니다.',
  'kpi.fit-none': ({ maxLevers }) => `추천 엔진의 변경을 ${maxLevers}개까지 조합해도 예산 안에 들지 않습니다. 설계 추천 탭에서 더 넓게 찾아보세요.`,
  'kpi.fit-options': () => '예산에 맞추는 방법',
  'kpi.fit-change': ({ label, from, to }) => `${label}${from || to ? `: ${from} → ${to}` : ''}`,
  'kpi.fit-saving': ({ savingKrw, monthlyKrw }) => `월 −${savingKrw} → ${monthlyKrw}`,
  'kpi.fit-recovery': ({ scenario, modeChanged, to, rto }) =>
    [modeChanged ? `${scenario}: ${withJosa(to, '으로/로')} 바뀜` : scenario, rto ? `RTO ${rto.before} → ${rto.after}` : null].filter(Boolean).join(modeChanged ? ', ' : ' '),
  'kpi.fit-p95': ({ before, after, overSla }) => `피크 p95 ${before} → ${after}${overSla ? ', SLA 초과' : ''}`,
  'kpi.fit-no-loss': () => '장애 복구는 그대로',
  'kpi.fit-apply': () => '적용',
}
