import { joinList } from '../../join-list'
import { plural } from '../../plural'
import type { Messages } from '../define'
import type { KpiReason } from '../kpi-reasons'

const SEVERITY = { high: 'high', medium: 'medium', low: 'low' } as const

/** The KPI strip's and its popovers' own words in English. */
export const kpi: Messages<KpiReason> = {
  'kpi.cost-detail': ({ minUsd, peakUsd, unknownLines }) => `band ${minUsd} – ${peakUsd}${unknownLines === null ? '' : ` · ${unknownLines} unknown`}`,
  'kpi.budget-detail': ({ within, gapKrw, budgetKrw }) => (within ? `${gapKrw} left of ${budgetKrw}` : `by ${gapKrw} of ${budgetKrw}`),
  'kpi.recovery-value': ({ auto, total }) => `${auto}/${total} auto`,
  'kpi.recovery-detail': ({ partial, manual }) => `${partial} partial · ${manual} manual`,
  'kpi.latency-detail': ({ sla, met, endpoint }) => `SLA < ${sla} · ${met === null ? 'not running' : met ? 'met' : 'missed'} · ${endpoint}`,
  'kpi.findings-value': ({ high }) => `${high} high`,
  'kpi.findings-detail': ({ medium, low }) => `${medium} medium · ${low} low`,

  'kpi.cost-title': () => 'Monthly cost, line by line',
  'kpi.source': () => 'Source:',
  'kpi.unknown': () => 'unknown',
  'kpi.total': () => 'Total:',
  'kpi.rate': ({ rate, compiled }) => `KRW at ${rate} KRW/USD. Price catalog compiled ${compiled}; 730 hours a month.`,
  'kpi.budget-title': () => 'Budget check',
  'kpi.unknown-lines': ({ lines }) =>
    `${lines.length} ${plural('en', lines.length, { one: 'line has an unknown price', other: 'lines have unknown prices' })}, so the total is a lower bound: ${joinList(lines, 'en')}.`,
  'kpi.coverage-title': () => 'Automatic recovery',
  'kpi.rto-rpo': ({ rto, rpo }) => `RTO ${rto} · RPO ${rpo}`,
  'kpi.latency-title': () => 'p95 latency against the SLA (M/M/c queue)',
  'kpi.typical': () => 'Typical:',
  'kpi.peak': () => 'Peak:',
  'kpi.severity': ({ severity }) => SEVERITY[severity],
  'kpi.no-findings': () => 'No findings.',
  'kpi.fix': () => 'Fix:',

  'kpi.fit-budget': () => 'Fit the budget',
  'kpi.fit-finding': () => 'Finding…',
  'kpi.fit-within': () => 'Within budget: nothing to cut.',
  'kpi.fit-none': ({ maxLevers }) => `No set of up to ${maxLevers} of the advisor's changes brings this design within budget; the Advisor tab searches further.`,
  'kpi.fit-options': () => 'Ways to fit the budget',
  'kpi.fit-change': ({ label, from, to }) => `${label}${from || to ? `: ${from} → ${to}` : ''}`,
  'kpi.fit-saving': ({ savingKrw, monthlyKrw }) => `−${savingKrw}/month → ${monthlyKrw}`,
  'kpi.fit-recovery': ({ scenario, modeChanged, to, rto }) =>
    [modeChanged ? `${scenario} becomes ${to}` : scenario, rto ? `RTO ${rto.before} → ${rto.after}` : null].filter(Boolean).join(modeChanged ? ', ' : ' '),
  'kpi.fit-p95': ({ before, after, overSla }) => `p95 at peak ${before} → ${after}${overSla ? ', over the SLA' : ''}`,
  'kpi.fit-no-loss': () => 'every failure recovers as before',
  'kpi.fit-apply': () => 'Apply',
}
