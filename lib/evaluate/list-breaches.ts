import type { DesignBlocker } from '../design-check'
import type { FindingMessage } from '../security'
import type { Evaluation } from './evaluate-scenario'
import type { BreachReason } from './evaluate-reasons'

/**
 * A breach; a security one also carries its finding's message, which the caller words (say) after
 * `message`; a design one is the reason the design cannot start (sayDesign words it).
 */
export type Breach = { kind: 'budget' | 'sla' | 'security'; message: BreachReason; finding?: FindingMessage } | { kind: 'design'; message: DesignBlocker }

/**
 * What a CI gate fails on: a design that cannot start, over budget, SLA missed, or a
 * high-severity security finding.
 * Unknown prices do not count as a breach, but an incomplete total that is already over does.
 */
export function listBreaches(evaluation: Evaluation): Breach[] {
  const { cost, capacity, security, design } = evaluation
  const breaches: Breach[] = design.blockers.map((blocker) => ({ kind: 'design', message: blocker }))
  if (!cost.budget.withinBudget)
    breaches.push({
      kind: 'budget',
      message: { code: 'cost.breach.budget', params: { monthlyKrw: cost.monthlyKrw, monthlyUsd: cost.monthlyUsd, budgetKrw: cost.budget.budgetKrw, overByKrw: cost.budget.overByKrw } },
    })
  for (const service of capacity.services.filter((s) => !s.meetsSla))
    breaches.push({
      kind: 'sla',
      message: { code: 'cost.breach.sla', params: { service: service.name, p95Ms: service.p95Ms, slaP95Ms: capacity.slaP95Ms } },
    })
  for (const finding of security.findings.filter((f) => f.severity === 'high'))
    breaches.push({ kind: 'security', message: { code: 'cost.breach.security', params: { findingId: finding.id } }, finding: finding.message })
  return breaches
}
