import { formatDollars, formatDuration, formatMs, formatNumber, formatPercent, formatWon } from '../../format'
import { plural } from '../../plural'
import type { CliAdviseReason } from '../cli-advise-reasons'
import type { Messages } from '../define'

/** `archdeck advise` in English: "Best design (meets every goal): ₩142,300 ($109.46) a month · …". */
export const cliAdvise: Messages<CliAdviseReason> = {
  'cli-advise.title': ({ source }) => `ArchDeck advice — ${source}`,
  'cli-advise.goals': (g) =>
    [
      `Goals: at most ${formatWon(g.budgetKrw, 'en')} a month${g.peakBudgetKrw === g.budgetKrw ? ', the peak month too' : ` and ${formatWon(g.peakBudgetKrw, 'en')} in the peak month`}`,
      `p95 within ${formatMs(g.slaP95Ms, 'en')} on a typical day and at the peak`,
      ...(g.minCoverage > 0 ? [`recovery coverage at least ${formatPercent(g.minCoverage)}`] : []),
      ...(g.mustBeAuto.length ? [`recovers by itself from ${g.mustBeAuto.join(', ')}`] : []),
      ...(g.maxRtoMinutes !== null ? [`every failure recovered within ${formatDuration(g.maxRtoMinutes, 'en')} (RTO)`] : []),
      ...(g.maxRpoMinutes !== null ? [`at most ${formatDuration(g.maxRpoMinutes, 'en')} of writes lost (RPO)`] : []),
      ...(g.noHighFindings ? ['no high security finding'] : []),
    ].join(' · '),
  'cli-advise.best': () => 'Best design: the cheapest that meets every goal',
  'cli-advise.none-meets': ({ closest }) =>
    `No design meets every goal. ${closest === 0 ? 'None came close.' : plural('en', closest, { one: 'The closest:', other: `The closest ${closest}:` })}`,
  'cli-advise.figures': (f) =>
    `${formatWon(f.monthlyKrw, 'en')} (${formatDollars(f.monthlyUsd, 'en')}${f.complete ? '' : ', lower bound: some prices unknown'}) a month · recovery coverage ${formatPercent(f.coverage)} · p95 at peak ${f.p95Ms === null ? formatMs(Infinity, 'en') : formatMs(f.p95Ms, 'en')}`,
  'cli-advise.misses': ({ misses }) => `misses: ${misses.join('; ')}`,
  'cli-advise.no-changes': () => 'no change: the design as it is',
  'cli-advise.change': ({ label, from, to, effects }) => `${label}${from || to ? `: ${from} → ${to}` : ''}${effects.length ? `, ${effects.join(', ')}` : ''}`,
  'cli-advise.frontier': ({ count }) => `Trade-off frontier (${count} ${plural('en', count, { one: 'design', other: 'designs' })}, cheapest first; a design better on cost, coverage or p95 than one of these is worse on another):`,
  'cli-advise.column': ({ column }) =>
    ({ rank: '#', 'monthly-krw': 'KRW a month', 'monthly-usd': 'USD a month', coverage: 'coverage', p95: 'p95 at peak', changes: 'changes', misses: 'misses' })[column],
  'cli-advise.goal': ({ goal }) => ({ budget: 'budget', sla: 'SLA', recovery: 'recovery', security: 'security' })[goal],
  'cli-advise.meets-all': () => 'meets all',
  'cli-advise.frontier-changes': ({ rank }) => `#${rank}:`,
  'cli-advise.examined': ({ examined }) => `${formatNumber(examined, 'en')} ${plural('en', examined, { one: 'design', other: 'designs' })} examined.`,
  'cli-advise.fixed': ({ lever, why }) => `${lever} left as drawn: ${why}`,
}
