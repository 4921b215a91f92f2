import type { Evaluation } from '../lib/evaluate'
import { costLineWords, say } from '../lib/i18n'

function money(usd: number | null): string {
  return usd === null ? 'unknown' : `$${usd.toFixed(2)}`
}

/** A terminal summary: each stakeholder's question answered in a few lines. */
export function toReportText(source: string, e: Evaluation): string {
  const { cost, recovery, capacity, security } = e
  const out: string[] = []
  out.push(`ArchDeck report — ${source}`, '')
  out.push(`Finance  ${money(cost.monthlyUsd)}${cost.complete ? '' : ' (lower bound: some prices unknown)'} = ${cost.monthlyKrw.toLocaleString('en-US')} KRW a month; budget ${cost.budget.budgetKrw.toLocaleString('en-US')} KRW → ${cost.budget.withinBudget ? 'within' : 'OVER'} by ${Math.abs(cost.budget.overByKrw).toLocaleString('en-US')} KRW`)
  out.push(`         band: min ${money(cost.band.minUsd)} · typical ${money(cost.band.typicalUsd)} · peak month ${money(cost.band.peakUsd)}`)
  for (const line of cost.lines) {
    const says = costLineWords(line, 'en')
    out.push(`         ${money(line.monthlyUsd).padStart(9)}  ${says.label}: ${says.formula}  [${says.source}]`)
  }
  out.push('', `Ops      ${say('en', recovery.coverage.formula)}`)
  for (const s of recovery.scenarios)
    out.push(`         ${s.mode.padEnd(7)} ${s.id.padEnd(16)} RTO ${s.rtoMinutes ?? '∞'} min · RPO ${s.rpoMinutes ?? '∞'} min — ${say('en', s.reason)}`)
  out.push('', `CTO      SLA p95 < ${capacity.slaP95Ms} ms: ${capacity.meetsSla ? 'met' : 'MISSED'}`)
  for (const s of capacity.services) out.push(`         ${s.name}: ${say('en', s.peak.formula)}; recommended ${s.recommendedTasks ?? 'none'} task(s)`)
  out.push('', `Security ${security.counts.high} high · ${security.counts.medium} medium · ${security.counts.low} low findings`)
  for (const f of security.findings) out.push(`         ${f.severity.padEnd(6)} ${f.id}: ${say('en', f.message)}`)
  out.push(`         ${say('en', security.dbQuestion.explanation)}`)
  return out.join('\n')
}
