import { formatDollars, formatDuration, formatMs, formatNumber, formatPercent, formatWon } from '../../format'
import type { CliAdviseReason } from '../cli-advise-reasons'
import type { Messages } from '../define'

/** `archdeck advise` in Korean: "최선의 설계(모든 목표 충족): 월 142,300원(109.46달러) · …". */
export const cliAdvise: Messages<CliAdviseReason> = {
  'cli-advise.title': ({ source }) => `ArchDeck 설계 제안 — ${source}`,
  'cli-advise.goals': (g) =>
    [
      `목표: 월 ${formatWon(g.budgetKrw, 'ko')} 이하${g.peakBudgetKrw === g.budgetKrw ? '(피크가 있는 달 포함)' : `, 피크가 있는 달 ${formatWon(g.peakBudgetKrw, 'ko')} 이하`}`,
      `평소와 피크 모두 p95 ${formatMs(g.slaP95Ms, 'ko')} 이내`,
      ...(g.minCoverage > 0 ? [`자동 복구 비율 ${formatPercent(g.minCoverage)} 이상`] : []),
      ...(g.mustBeAuto.length ? [`${g.mustBeAuto.join(', ')} 자동 복구`] : []),
      ...(g.maxRtoMinutes !== null ? [`모든 장애 ${formatDuration(g.maxRtoMinutes, 'ko')} 안에 복구(RTO)`] : []),
      ...(g.maxRpoMinutes !== null ? [`잃는 쓰기 ${formatDuration(g.maxRpoMinutes, 'ko')} 이하(RPO)`] : []),
      ...(g.noHighFindings ? ['높음 등급 보안 발견 사항 없음'] : []),
    ].join(' · '),
  'cli-advise.best': () => '최선의 설계: 모든 목표를 충족하는 가장 저렴한 설계',
  'cli-advise.none-meets': ({ closest }) => `모든 목표를 충족하는 설계가 없습니다. ${closest === 0 ? '가까운 설계도 없습니다.' : `가장 가까운 설계 ${closest}개:`}`,
  'cli-advise.figures': (f) =>
    `월 ${formatWon(f.monthlyKrw, 'ko')}(${formatDollars(f.monthlyUsd, 'ko')}${f.complete ? '' : ', 가격을 모르는 항목이 있어 최소 금액'}) · 자동 복구 비율 ${formatPercent(f.coverage)} · 피크 p95 ${f.p95Ms === null ? formatMs(Infinity, 'ko') : formatMs(f.p95Ms, 'ko')}`,
  'cli-advise.misses': ({ misses }) => `미달: ${misses.join('; ')}`,
  'cli-advise.no-changes': () => '변경 없음: 지금 설계 그대로',
  'cli-advise.change': ({ label, from, to, effects }) => `${label}${from || to ? `: ${from} → ${to}` : ''}${effects.length ? `, ${effects.join(', ')}` : ''}`,
  'cli-advise.frontier': ({ count }) => `절충 경계(설계 ${count}개, 저렴한 순. 이 중 하나보다 비용·자동 복구 비율·p95 중 하나가 나은 설계는 다른 하나가 더 나쁩니다):`,
  'cli-advise.column': ({ column }) =>
    ({ rank: '#', 'monthly-krw': '월 원화', 'monthly-usd': '월 달러', coverage: '자동 복구', p95: '피크 p95', changes: '변경', misses: '미달' })[column],
  'cli-advise.goal': ({ goal }) => ({ budget: '예산', sla: 'SLA', recovery: '복구', security: '보안' })[goal],
  'cli-advise.meets-all': () => '모두 충족',
  'cli-advise.frontier-changes': ({ rank }) => `#${rank}:`,
  'cli-advise.examined': ({ examined }) => `설계 ${formatNumber(examined, 'ko')}개를 검토했습니다.`,
  'cli-advise.fixed': ({ lever, why }) => `${lever} 그대로 둠: ${why}`,
}
