import type { FindingMessage } from '../security'
import type { Evaluation } from './evaluate-scenario'

/** A breach; a security one also carries its finding's message, which the caller words (say) after `message`. */
export type Breach = { kind: 'budget' | 'sla' | 'security'; message: string; finding?: FindingMessage }

/**
 * What a CI gate fails on: over budget, SLA missed, or a high-severity security finding.
 * Unknown prices do not count as a breach, but an incomplete total that is already over does.
 */
export function listBreaches(evaluation: Evaluation): Breach[] {
  const breaches: Breach[] = []
  const { cost, capacity, security } = evaluation
  if (!cost.budget.withinBudget)
    breaches.push({
      kind: 'budget',
      message: `over budget: ${cost.monthlyKrw.toLocaleString('en-US')} KRW (${cost.monthlyUsd.toFixed(2)} USD) a month vs ${cost.budget.budgetKrw.toLocaleString('en-US')} KRW, over by ${cost.budget.overByKrw.toLocaleString('en-US')} KRW`,
    })
  for (const service of capacity.services.filter((s) => !s.meetsSla))
    breaches.push({
      kind: 'sla',
      message: `SLA missed: ${service.name} p95 ${Number.isFinite(service.p95Ms) ? `${service.p95Ms.toFixed(0)} ms` : 'unbounded (overloaded)'} vs ${capacity.slaP95Ms} ms`,
    })
  for (const finding of security.findings.filter((f) => f.severity === 'high'))
    breaches.push({ kind: 'security', message: `high security finding ${finding.id}`, finding: finding.message })
  return breaches
}
