import type { AdrColumn, AdrFigures, AdrIndexColumn, AdrReason } from '../adr-reasons'
import { formatKrw, formatNumber, formatUsd } from '../../format'
import { withJosa } from '../../josa'
import type { Messages } from '../define'

const COLUMN: Record<AdrColumn, string> = {
  option: '선택지',
  scenario: '시나리오',
  usd: '월 비용(USD)',
  krw: '월 비용(KRW)',
  budget: '예산',
  auto: '자동 복구',
  p95: '피크 최악 p95',
  high: '높음 발견 사항',
  prices: '가격 기준일',
}

const INDEX_COLUMN: Record<AdrIndexColumn, string> = { number: '번호', title: '결정', status: '상태', date: '날짜', chosen: '선택' }

const money = (amount: number, currency: 'USD' | 'KRW', complete: boolean) =>
  `${complete ? '' : '최소 '}${currency === 'USD' ? formatUsd(amount, 'ko') : formatKrw(amount, 'ko')}`
const budget = (within: boolean, complete: boolean) => (!within ? '초과' : complete ? '이내' : '현재까지 이내(일부 가격 알 수 없음)')
const p95 = (ms: number | null, meetsSla: boolean) => `${ms === null ? '과부하' : `${formatNumber(Math.round(ms), 'ko')} ms`} (${meetsSla ? 'SLA 충족' : 'SLA 미충족'})`

function summary(f: AdrFigures): string {
  const cost = `${money(f.monthlyUsd, 'USD', f.costComplete)} (${money(f.monthlyKrw, 'KRW', f.costComplete)})`
  return `결정 당시 월 ${cost}(예산 ${budget(f.withinBudget, f.costComplete)}), 장애 시나리오 ${f.scenarioCount}개 중 ${f.autoRecovered}개 자동 복구, 피크 p95 ${p95(f.worstP95Ms, f.meetsSla)}, 높음 등급 보안 발견 사항 ${f.highFindings}건이었습니다.`
}

/** The particle after the plan's name, which the sentence puts after its reference: "**이름**(final v4)을". */
const objectParticle = (name: string) => withJosa(name, '을/를').slice(name.length)

/** Decision records (ADR Markdown) in Korean. */
export const adr: Messages<AdrReason> = {
  'adr.date': () => '날짜',
  'adr.status': () => '상태',
  'adr.context': () => '배경',
  'adr.options': () => '선택지',
  'adr.decision': () => '결정',
  'adr.consequences': () => '결과',
  'adr.status-value': (p) => ({ proposed: '제안됨', accepted: '채택됨', superseded: '대체됨' })[p.status],
  'adr.none': () => '_기록 없음._',
  'adr.column': (p) => COLUMN[p.column],
  'adr.money': (p) => money(p.amount, p.currency, p.complete),
  'adr.budget': (p) => budget(p.within, p.complete),
  'adr.p95': (p) => p95(p.ms, p.meetsSla),
  'adr.chosen': () => '선택',
  'adr.scenario-ref': (p) => `${p.id} v${p.version}`,
  'adr.chosen-line': (p) => `**${p.name}**(${p.ref})${objectParticle(p.name)} 선택했습니다.`,
  'adr.summary': (p) => summary(p.figures),
  'adr.not-among-options': (p) => `선택한 시나리오(${p.id})가 위 선택지에 없습니다.`,
  'adr.frozen': (p) => `수치는 결정을 기록한 시점에 고정되었습니다(가격 카탈로그 ${p.dates} 기준). 이후 가격이나 모델이 바뀌어도 다시 계산하지 않습니다.`,
  'adr.index-title': () => '결정 기록',
  'adr.index-column': (p) => INDEX_COLUMN[p.column],
  'adr.index-empty': () => '_아직 기록된 결정이 없습니다._',
}
