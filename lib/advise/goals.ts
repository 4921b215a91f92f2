import type { Evaluation } from '../evaluate'
import type { Scenario } from '../model'
import type { ScenarioAssessment } from '../recovery'
import type { AdviceGoal, AdviceGoals, BoundMiss, GoalMiss, Proposal } from './types'

/** The goals the requirements state, with any the caller overrides: a USD budget becomes KRW at the scenario's rate; the peak month's budget is the month's unless given. */
export function resolveGoals({ requirements }: Scenario, overrides: Partial<AdviceGoals> = {}): AdviceGoals {
  const { budget, sla } = requirements
  const budgetKrw = overrides.budgetKrw ?? (budget.currency === 'USD' ? budget.monthly * budget.krwPerUsd : budget.monthly)
  return { budgetKrw, peakBudgetKrw: budgetKrw, slaP95Ms: sla.p95Ms, minCoverage: 0, mustBeAuto: [], maxRtoMinutes: null, maxRpoMinutes: null, noHighFindings: true, ...overrides }
}

/** A design's figures against the goals, as a proposal without its changes (priced only for the designs shown). */
export type Judged = Omit<Proposal, 'changes'>

/** Worst p95 at the peak over the services; null when no service has a finite one. */
function worstPeakP95(evaluation: Evaluation): number | null {
  const p95s = evaluation.capacity.services.map((s) => s.peak.p95Ms).filter(Number.isFinite)
  return p95s.length === evaluation.capacity.services.length && p95s.length > 0 ? Math.max(...p95s) : null
}

/**
 * How far the slowest service is over the SLA, judged as lib/capacity judges it (and the KPI strip shows
 * it): on the worse of the typical day and the peak, since a service scaled out for the peak can still
 * be slower on a typical day with fewer, smaller tasks. Infinity when a service cannot keep up or none runs.
 */
function msOverSla(evaluation: Evaluation, slaP95Ms: number): number {
  const { services } = evaluation.capacity
  return services.length === 0 ? Infinity : Math.max(...services.map((s) => s.p95Ms)) - slaP95Ms
}

/** The scenario furthest over a time bound (an unbounded time first), as a missed bound; null when every scenario is within it. */
function timeMiss(bound: 'rto' | 'rpo', maxMinutes: number | null, scenarios: readonly ScenarioAssessment[]): BoundMiss | null {
  if (maxMinutes === null) return null
  let worst: BoundMiss | null = null
  for (const s of scenarios) {
    const minutes = bound === 'rto' ? s.rtoMinutes : s.rpoMinutes
    const by = minutes === null ? Infinity : minutes - maxMinutes
    if (by > 0 && (worst === null || by > worst.by)) worst = { bound, by, scenario: s.id, minutes }
  }
  return worst
}

/**
 * How the design fares on each goal and by how much it misses: KRW over the budget in a typical month
 * and in the peak month, ms over the SLA (Infinity when a service has no finite p95), the recovery share
 * short (coverage below the minimum plus each required scenario that is not automatic, as a share of the
 * scenarios) and the minutes over an RTO or RPO bound, high findings.
 */
export function judge(scenario: Scenario, evaluation: Evaluation, goals: AdviceGoals): Judged {
  const { cost, recovery, security } = evaluation
  const p95Ms = worstPeakP95(evaluation)
  const coverage = recovery.coverage.value ?? 0
  // Rounded as the cost engine rounds monthlyKrw.
  const peakMonthKrw = Math.round(cost.band.peakUsd * cost.krwPerUsd)
  const notAuto = goals.mustBeAuto.filter((id) => recovery.scenarios.find((s) => s.id === id)?.mode !== 'auto').length
  const highFindings = security.findings.filter((f) => f.severity === 'high').length
  const over = (bound: 'month' | 'peak-month' | 'p95' | 'coverage' | 'high-findings', by: number): BoundMiss[] => (by > 0 ? [{ bound, by }] : [])
  const bounds: Record<AdviceGoal, BoundMiss[]> = {
    budget: [...over('month', cost.monthlyKrw - goals.budgetKrw), ...over('peak-month', peakMonthKrw - goals.peakBudgetKrw)],
    sla: over('p95', msOverSla(evaluation, goals.slaP95Ms)),
    recovery: [
      ...over('coverage', Math.max(0, goals.minCoverage - coverage) + notAuto / Math.max(1, recovery.scenarios.length)),
      ...[timeMiss('rto', goals.maxRtoMinutes, recovery.scenarios), timeMiss('rpo', goals.maxRpoMinutes, recovery.scenarios)].filter((m) => m !== null),
    ],
    security: over('high-findings', goals.noHighFindings ? highFindings : 0),
  }
  const goalIds = Object.keys(bounds) as AdviceGoal[]
  const meets = Object.fromEntries(goalIds.map((goal) => [goal, bounds[goal].length === 0])) as Record<AdviceGoal, boolean>
  const misses: GoalMiss[] = goalIds.filter((goal) => !meets[goal]).map((goal) => ({ goal, by: bounds[goal][0]!.by, bounds: bounds[goal] }))
  return { scenario, monthlyUsd: cost.monthlyUsd, monthlyKrw: cost.monthlyKrw, complete: cost.complete, coverage, p95Ms, peakMonthKrw, meets, misses }
}

/** A missed bound scaled by its goal so money, milliseconds and minutes add up; an unbounded miss counts as a large one. */
function scaledMiss(miss: BoundMiss, goals: AdviceGoals): number {
  switch (miss.bound) {
    case 'month':
      return miss.by / Math.max(1, goals.budgetKrw)
    case 'peak-month':
      return miss.by / Math.max(1, goals.peakBudgetKrw)
    case 'p95':
      return Number.isFinite(miss.by) ? miss.by / goals.slaP95Ms : 1e6
    case 'rto':
    case 'rpo': {
      const max = (miss.bound === 'rto' ? goals.maxRtoMinutes : goals.maxRpoMinutes) ?? 0
      return Number.isFinite(miss.by) ? miss.by / Math.max(1, max) : 1e3
    }
    default:
      return miss.by
  }
}

/**
 * How far from every goal: 0 = meets all. A budget miss counts its worse month (the peak month's overage
 * includes the typical month's), other goals add up their bounds.
 */
export function distanceToGoals(judged: Judged, goals: AdviceGoals): number {
  return judged.misses.reduce((sum, miss) => {
    const scaled = miss.bounds.map((bound) => scaledMiss(bound, goals))
    return sum + (miss.goal === 'budget' ? Math.max(...scaled) : scaled.reduce((a, b) => a + b, 0))
  }, 0)
}
