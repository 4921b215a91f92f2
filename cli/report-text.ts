import type { Evaluation } from '../lib/evaluate'
import { costLineWords, say } from '../lib/i18n'
import type { CliReportReason } from '../lib/i18n/catalog/cli-report-reasons'
import { sayCliReport } from '../lib/i18n/catalog/say-cli-report'
import { oldPriceMark } from '../lib/i18n/catalog/say-price-age'
import { priceAgeOf } from '../lib/pricing/price-age'

/** The report is English, as the CLI's other output; the words are the cli-report namespace's. */
const words = (reason: CliReportReason) => sayCliReport('en', reason)
const money = (usd: number | null) => words({ code: 'cli-report.money', params: { usd } })
const INDENT = ' '.repeat(9)

/** A section's first line: its name in a column of nine, then its headline. */
function section(name: 'finance' | 'ops' | 'cto' | 'security', headline: string): string {
  return `${words({ code: 'cli-report.section', params: { section: name } }).padEnd(INDENT.length - 1)} ${headline}`
}

/** " old (2020-07-02)" after a line's source when its price is more than 12 months before `today`. */
function oldMarkOf(line: Evaluation['cost']['lines'][number], today: Date): string {
  const mark = oldPriceMark('en', priceAgeOf(line.price, today))
  return mark === null ? '' : ` ${mark}`
}

/** A terminal summary: each stakeholder's question answered in a few lines; prices older than 12 months before `today` are marked old. */
export function toReportText(source: string, e: Evaluation, today: Date = new Date()): string {
  const { cost, recovery, capacity, security } = e
  const out: string[] = []
  out.push(words({ code: 'cli-report.title', params: { source } }), '')
  const { budgetKrw, withinBudget, overByKrw } = cost.budget
  out.push(section('finance', words({ code: 'cli-report.total', params: { money: money(cost.monthlyUsd), complete: cost.complete, monthlyKrw: cost.monthlyKrw, budgetKrw, withinBudget, overByKrw } })))
  out.push(INDENT + words({ code: 'cli-report.band', params: { min: money(cost.band.minUsd), typical: money(cost.band.typicalUsd), peak: money(cost.band.peakUsd) } }))
  for (const line of cost.lines) {
    const says = costLineWords(line, 'en')
    out.push(`${INDENT}${money(line.monthlyUsd).padStart(9)}  ${says.label}: ${says.formula}  [${says.source}]${oldMarkOf(line, today)}`)
  }
  out.push('', section('ops', say('en', recovery.coverage.formula)))
  for (const s of recovery.scenarios)
    out.push(INDENT + words({ code: 'cli-report.recovery-row', params: { mode: s.mode, id: s.id, rtoMinutes: s.rtoMinutes, rpoMinutes: s.rpoMinutes, reason: say('en', s.reason) } }))
  out.push('', section('cto', words({ code: 'cli-report.sla', params: { slaP95Ms: capacity.slaP95Ms, met: capacity.meetsSla } })))
  for (const s of capacity.services)
    out.push(INDENT + words({ code: 'cli-report.service', params: { name: s.name, formula: say('en', s.peak.formula), recommendedTasks: s.recommendedTasks ?? null } }))
  out.push('', section('security', words({ code: 'cli-report.finding-counts', params: security.counts })))
  for (const f of security.findings) out.push(`${INDENT}${f.severity.padEnd(6)} ${f.id}: ${say('en', f.message)}`)
  out.push(INDENT + say('en', security.dbQuestion.explanation))
  return out.join('\n')
}
