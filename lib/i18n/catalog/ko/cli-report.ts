import { formatNotationUsd, formatNumber } from '../../format'
import type { CliReportReason } from '../cli-report-reasons'
import type { Messages } from '../define'

const krw = (n: number) => formatNumber(n, 'ko')

/** The CLI text report's words in Korean. */
export const cliReport: Messages<CliReportReason> = {
  'cli-report.title': ({ source }) => `ArchDeck 보고서 — ${source}`,
  'cli-report.section': ({ section }) => ({ finance: '재무', ops: '운영', cto: 'CTO', security: '보안' })[section],
  'cli-report.money': ({ usd }) => (usd === null ? '알 수 없음' : formatNotationUsd(usd)),
  'cli-report.total': (p) =>
    `월 ${p.money}${p.complete ? '' : ' (하한: 일부 가격 미확인)'} = ${krw(p.monthlyKrw)}원; 예산 ${krw(p.budgetKrw)}원 → ${krw(Math.abs(p.overByKrw))}원 ${p.withinBudget ? '여유' : '초과'}`,
  'cli-report.band': ({ min, typical, peak }) => `범위: 최소 ${min} · 보통 ${typical} · 피크 달 ${peak}`,
  'cli-report.recovery-row': (p) => `${p.mode.padEnd(7)} ${p.id.padEnd(16)} RTO ${p.rtoMinutes ?? '∞'}분 · RPO ${p.rpoMinutes ?? '∞'}분 — ${p.reason}`,
  'cli-report.sla': ({ slaP95Ms, met }) => `SLA p95 < ${slaP95Ms}ms: ${met ? '충족' : '미달'}`,
  'cli-report.service': ({ name, formula, recommendedTasks: n }) => `${name}: ${formula}; ${n === null ? '권장 태스크 수 없음' : `권장 태스크 ${n}개`}`,
  'cli-report.finding-counts': ({ high, medium, low }) => `발견 사항 높음 ${high} · 보통 ${medium} · 낮음 ${low}`,
}
