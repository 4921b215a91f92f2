import type { ConfigChange } from '../compare/types'
import type { Scenario } from '../model'
import type { ScenarioId } from '../recovery'
import type { FixedLeverReason, LeverId } from './advise-reasons'

/** What the advisor aims for; every field defaults from the scenario's requirements (see resolveGoals). */
export type AdviceGoals = {
  /** Monthly budget for a typical month, in KRW (converted with krwPerUsd when the requirements state USD). */
  budgetKrw: number
  /** Budget for the month with the requirements' peak event (Black Friday), in KRW; defaults to the monthly budget: that month must fit too. Part of the budget goal. */
  peakBudgetKrw: number
  /** The SLA's p95 at peak, in ms. */
  slaP95Ms: number
  /** Share of recovery scenarios that recover by themselves, 0..1. */
  minCoverage: number
  /** Recovery scenarios that must recover automatically. */
  mustBeAuto: ScenarioId[]
  /**
   * Longest any recovery scenario may take to recover (RTO), in minutes; null = no bound. Part of the
   * recovery goal. Off unless asked: the requirements' RTO judged over every scenario (a region outage
   * without disaster recovery has none) would leave no preset a design that meets it.
   */
  maxRtoMinutes: number | null
  /** Most writes any recovery scenario may lose (RPO), in minutes; null = no bound (as maxRtoMinutes). */
  maxRpoMinutes: number | null
  /** No high (or critical) security finding. */
  noHighFindings: boolean
}

export type AdviceGoal = 'budget' | 'sla' | 'recovery' | 'security'

/**
 * One bound of a goal a design misses, and by how much: the budget's typical month or peak month (KRW
 * over), the SLA's p95 at peak (ms over; Infinity when a service cannot keep up), recovery's coverage and
 * named scenarios (share short), RTO or RPO (minutes over in the worst scenario, named; Infinity when
 * its time is unbounded), high findings (a count).
 */
export type BoundMiss =
  | { bound: 'month' | 'peak-month' | 'p95' | 'coverage' | 'high-findings'; by: number }
  | { bound: 'rto' | 'rpo'; by: number; scenario: ScenarioId; minutes: number | null }

/** A missed goal: `by` is its first missed bound's amount (KRW, ms, share or count, as the goal), `bounds` every bound missed. */
export type GoalMiss = { goal: AdviceGoal; by: number; bounds: BoundMiss[] }

/** One design the advisor examined, with its figures and how it differs from the input. */
export type Proposal = {
  scenario: Scenario
  /** Lib/compare's priced config diff against the input design. */
  changes: ConfigChange[]
  monthlyUsd: number
  monthlyKrw: number
  /** Every price known. */
  complete: boolean
  /** Share of recovery scenarios that recover automatically, 0..1. */
  coverage: number
  /** Worst p95 at peak over the services, ms; null when no service has a finite p95. */
  p95Ms: number | null
  /** The month with the requirements' peak event: typical plus the extra tasks the autoscaler runs for its hours (the cost band's peak). */
  peakMonthKrw: number
  meets: Record<AdviceGoal, boolean>
  /** How far each missed goal is: KRW over budget, ms over the SLA, coverage short (0..1) plus one per scenario not automatic, high findings; each with the bounds missed. */
  misses: GoalMiss[]
}

export type AdviceOptions = { maxDesigns?: number }

export type AdviceResult = {
  goals: AdviceGoals
  /** The cheapest design meeting every goal (ties: higher coverage, lower p95, fewer changes); null when none does. */
  best: Proposal | null
  /** Pareto frontier over monthly cost ↓, coverage ↑, p95 ↓, cheapest first. */
  frontier: Proposal[]
  /** When best is null: the designs nearest to meeting every goal, each a different trade-off (no two with the same figures and misses, none beaten by another on cost, coverage and p95 alike). */
  closest: Proposal[]
  /** Designs evaluated. */
  examined: number
  /** Levers the advisor left as they are, and why (codes the `advise` catalog words). */
  fixedLevers: { lever: LeverId; why: FixedLeverReason }[]
}
