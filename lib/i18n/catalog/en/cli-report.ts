import { formatNotationUsd, formatNumber } from '../../format'
import { plural } from '../../plural'
import type { CliReportReason } from '../cli-report-reasons'
import type { Messages } from '../define'

const krw = (n: number) => formatNumber(n, 'en')

/** The CLI text report's words in English: "Finance  $200.87 = 261,131 KRW a month; …". */
export const cliReport: Messages<CliReportReason> = {
  'cli-report.title': ({ source }) => `ArchDeck report — ${source}`,
  'cli-report.section': ({ section }) => ({ finance: 'Finance', ops: 'Ops', cto: 'CTO', security: 'Security' })[section],
  'cli-report.money': ({ usd }) => (usd === null ? 'unknown' : formatNotationUsd(usd)),
  'cli-report.total': (p) =>
    `${p.money}${p.complete ? '' : ' (lower bound: some prices unknown)'} = ${krw(p.monthlyKrw)} KRW a month; budget ${krw(p.budgetKrw)} KRW → ${p.withinBudget ? 'within' : 'OVER'} by ${krw(Math.abs(p.overByKrw))} KRW`,
  'cli-report.band': ({ min, typical, peak }) => `band: min ${min} · typical ${typical} · peak month ${peak}`,
  'cli-report.recovery-row': (p) => `${p.mode.padEnd(7)} ${p.id.padEnd(16)} RTO ${p.rtoMinutes ?? '∞'} min · RPO ${p.rpoMinutes ?? '∞'} min — ${p.reason}`,
  'cli-report.sla': ({ slaP95Ms, met }) => `SLA p95 < ${slaP95Ms} ms: ${met ? 'met' : 'MISSED'}`,
  'cli-report.service': ({ name, formula, recommendedTasks: n }) =>
    `${name}: ${formula}; ${n === null ? 'no task count recommended' : `recommended ${n} ${plural('en', n, { one: 'task', other: 'tasks' })}`}`,
  'cli-report.finding-counts': ({ high, medium, low }) => `${high} high · ${medium} medium · ${low} low findings`,
}
