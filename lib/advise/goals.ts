import type { Evaluation } from '../evaluate'
import type { Scenario } from '../model'
import type { AdviceGoal, AdviceGoals, Proposal } from './types'

/** The goals the requirements state, with any the caller overrides: a USD budget becomes KRW at the scenario's rate. */
export function resolveGoals({ requirements }: Scenario, overrides: Partial<AdviceGoals> = {}): AdviceGoals {
  const { budget, sla } = requirements
  const budgetKrw = budget.currency === 'USD' ? budget.monthly * budget.krwPerUsd : budget.monthly
  return { budgetKrw, slaP95Ms: sla.p95Ms, minCoverage: 0, mustBeAuto: [], noHighFindings: true, ...overrides }
}

/** A design's figures against the goals, as a proposal without its changes (priced only for the designs shown). */
export type Judged = Omit<Proposal, 'changes'>

/** Worst p95 at the peak over the services; null when no service has a finite one. */
function worstPeakP95(evaluation: Evaluation): number | null {
  const p95s = evaluation.capacity.services.map((s) => s.peak.p95Ms).filter(Number.isFinite)
  return p95s.length === evaluation.capacity.services.length && p95s.length > 0 ? Math.max(...p95s) : null
}

/**
 * How the design fares on each goal and by how much it misses: KRW over the budget, ms over the SLA
 * (Infinity when a service has no finite p95), the recovery share short (coverage below the minimum plus
 * each required scenario that is not automatic, as a share of the scenarios), high findings.
 */
export function judge(scenario: Scenario, evaluation: Evaluation, goals: AdviceGoals): Judged {
  const { cost, recovery, security } = evaluation
  const p95Ms = worstPeakP95(evaluation)
  const coverage = recovery.coverage.value ?? 0
  const notAuto = goals.mustBeAuto.filter((id) => recovery.scenarios.find((s) => s.id === id)?.mode !== 'auto').length
  const highFindings = security.findings.filter((f) => f.severity === 'high').length
  const by: Record<AdviceGoal, number> = {
    budget: Math.max(0, cost.monthlyKrw - goals.budgetKrw),
    sla: p95Ms === null ? Infinity : Math.max(0, p95Ms - goals.slaP95Ms),
    recovery: Math.max(0, goals.minCoverage - coverage) + notAuto / Math.max(1, recovery.scenarios.length),
    security: goals.noHighFindings ? highFindings : 0,
  }
  const meets = { budget: by.budget === 0, sla: by.sla === 0, recovery: by.recovery === 0, security: by.security === 0 }
  const misses = (Object.keys(by) as AdviceGoal[]).filter((goal) => !meets[goal]).map((goal) => ({ goal, by: by[goal] }))
  return { scenario, monthlyUsd: cost.monthlyUsd, monthlyKrw: cost.monthlyKrw, complete: cost.complete, coverage, p95Ms, meets, misses }
}

/** How far from every goal, each miss scaled by its goal so money and milliseconds add up: 0 = meets all. */
export function distanceToGoals(judged: Judged, goals: AdviceGoals): number {
  return judged.misses.reduce((sum, { goal, by }) => {
    if (goal === 'budget') return sum + by / Math.max(1, goals.budgetKrw)
    if (goal === 'sla') return sum + (Number.isFinite(by) ? by / goals.slaP95Ms : 1e6)
    return sum + by
  }, 0)
}
