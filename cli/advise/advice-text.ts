import type { AdviceResult, Proposal } from '../../lib/advise/types'
import type { CliAdviseReason, FrontierColumn } from '../../lib/i18n/catalog/cli-advise-reasons'
import { changeWords } from '../../lib/i18n/catalog/say-compare'
import { sayCliAdvise } from '../../lib/i18n/catalog/say-cli-advise'
import { formatDollars, formatMs, formatPercent, formatWon } from '../../lib/i18n/format'
import type { Locale } from '../../lib/i18n/locale'
import { sayFixed, sayLever, sayMiss } from '../../lib/i18n/catalog/say-advise'
import { renderTable, type Align } from './text-table'

const COLUMNS: { column: FrontierColumn; align: Align }[] = [
  { column: 'rank', align: 'right' },
  { column: 'monthly-krw', align: 'right' },
  { column: 'monthly-usd', align: 'right' },
  { column: 'coverage', align: 'right' },
  { column: 'p95', align: 'right' },
  { column: 'changes', align: 'right' },
  { column: 'misses', align: 'left' },
]

/**
 * `archdeck advise` as terminal lines: the goals; the best design, or that none meets every goal
 * and the closest with what each misses; each shown design's priced changes and figures; the
 * frontier as a table with each row's changes; how many designs were examined and which levers
 * stayed as drawn.
 */
export function adviceLines(source: string, result: AdviceResult, locale: Locale): string[] {
  const say = (reason: CliAdviseReason) => sayCliAdvise(locale, reason)
  const changeLines = (p: Proposal, indent: string) =>
    p.changes.length === 0
      ? [indent + say({ code: 'cli-advise.no-changes', params: {} })]
      : p.changes.map((change) => indent + say({ code: 'cli-advise.change', params: changeWords(locale, change) }))
  const figures = (p: Proposal) => say({ code: 'cli-advise.figures', params: { monthlyKrw: p.monthlyKrw, monthlyUsd: p.monthlyUsd, complete: p.complete, coverage: p.coverage, p95Ms: p.p95Ms } })
  const misses = (p: Proposal) => say({ code: 'cli-advise.misses', params: { misses: p.misses.map((miss) => sayMiss(locale, miss)) } })
  const { goals } = result

  const out = [say({ code: 'cli-advise.title', params: { source } }), say({ code: 'cli-advise.goals', params: { ...goals, mustBeAuto: [...goals.mustBeAuto] } }), '']
  if (result.best) out.push(say({ code: 'cli-advise.best', params: {} }), `  ${figures(result.best)}`, ...changeLines(result.best, '    '))
  else {
    out.push(say({ code: 'cli-advise.none-meets', params: { closest: result.closest.length } }))
    result.closest.forEach((p, i) => out.push(`  ${i + 1}. ${figures(p)}`, `     ${misses(p)}`, ...changeLines(p, '     ')))
  }

  out.push('', say({ code: 'cli-advise.frontier', params: { count: result.frontier.length } }))
  const header = COLUMNS.map(({ column }) => say({ code: 'cli-advise.column', params: { column } }))
  const rows = result.frontier.map((p, i) => [
    String(i + 1),
    formatWon(p.monthlyKrw, locale),
    formatDollars(p.monthlyUsd, locale),
    formatPercent(p.coverage),
    formatMs(p.p95Ms ?? Infinity, locale),
    String(p.changes.length),
    p.misses.length === 0 ? say({ code: 'cli-advise.meets-all', params: {} }) : p.misses.map(({ goal }) => say({ code: 'cli-advise.goal', params: { goal } })).join(', '),
  ])
  out.push(...renderTable([header, ...rows], COLUMNS.map((c) => c.align)))
  result.frontier.forEach((p, i) => {
    if (p.changes.length > 0) out.push(`  ${say({ code: 'cli-advise.frontier-changes', params: { rank: i + 1 } })}`, ...changeLines(p, '    '))
  })

  out.push('', say({ code: 'cli-advise.examined', params: { examined: result.examined } }))
  for (const { lever, why } of result.fixedLevers) out.push(say({ code: 'cli-advise.fixed', params: { lever: sayLever(locale, lever), why: sayFixed(locale, why) } }))
  return out
}
