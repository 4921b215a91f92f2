import type { AdrColumn, AdrFigures, AdrIndexColumn, AdrReason } from '../adr-reasons'
import { formatKrw, formatNumber, formatUsd } from '../../format'
import { plural } from '../../plural'
import type { Messages } from '../define'

const COLUMN: Record<AdrColumn, string> = {
  option: 'Option',
  scenario: 'Scenario',
  usd: 'Monthly USD',
  krw: 'Monthly KRW',
  budget: 'Budget',
  auto: 'Auto-recovered',
  p95: 'Worst peak p95',
  high: 'High findings',
  prices: 'Prices as of',
}

const INDEX_COLUMN: Record<AdrIndexColumn, string> = { number: 'No.', title: 'Decision', status: 'Status', date: 'Date', chosen: 'Chosen' }

const money = (amount: number, currency: 'USD' | 'KRW', complete: boolean) =>
  `${complete ? '' : 'at least '}${currency === 'USD' ? formatUsd(amount, 'en') : formatKrw(amount, 'en')}`
const budget = (within: boolean, complete: boolean) => (!within ? 'over' : complete ? 'within' : 'within so far (some prices unknown)')
const p95 = (ms: number | null, meetsSla: boolean) => `${ms === null ? 'overloaded' : `${formatNumber(Math.round(ms), 'en')} ms`} (${meetsSla ? 'SLA met' : 'SLA missed'})`

function summary(f: AdrFigures): string {
  const cost = `${money(f.monthlyUsd, 'USD', f.costComplete)} (${money(f.monthlyKrw, 'KRW', f.costComplete)})`
  return `At the time of the decision it cost ${cost} a month (${budget(f.withinBudget, f.costComplete)} budget), recovered ${f.autoRecovered} of ${f.scenarioCount} failure scenarios automatically, answered the peak in ${p95(f.worstP95Ms, f.meetsSla)}, and had ${f.highFindings} high-severity security ${plural('en', f.highFindings, { one: 'finding', other: 'findings' })}.`
}

/** Decision records (ADR Markdown) in English. */
export const adr: Messages<AdrReason> = {
  'adr.date': () => 'Date',
  'adr.status': () => 'Status',
  'adr.context': () => 'Context',
  'adr.options': () => 'Options',
  'adr.decision': () => 'Decision',
  'adr.consequences': () => 'Consequences',
  'adr.status-value': (p) => ({ proposed: 'proposed', accepted: 'accepted', superseded: 'superseded' })[p.status],
  'adr.none': () => '_None recorded._',
  'adr.column': (p) => COLUMN[p.column],
  'adr.money': (p) => money(p.amount, p.currency, p.complete),
  'adr.budget': (p) => budget(p.within, p.complete),
  'adr.p95': (p) => p95(p.ms, p.meetsSla),
  'adr.chosen': () => 'chosen',
  'adr.scenario-ref': (p) => `${p.id} v${p.version}`,
  'adr.chosen-line': (p) => `We chose **${p.name}** (${p.ref}).`,
  'adr.summary': (p) => summary(p.figures),
  'adr.not-among-options': (p) => `The chosen scenario (${p.id}) is not among the options above.`,
  'adr.frozen': (p) => `Figures frozen when the decision was recorded (price catalog compiled ${p.dates}); later price or model changes do not rewrite them.`,
  'adr.index-title': () => 'Decision records',
  'adr.index-column': (p) => INDEX_COLUMN[p.column],
  'adr.index-empty': () => '_No decisions recorded yet._',
}
