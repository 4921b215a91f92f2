import type { ConfigChange } from '../compare/types'
import type { Scenario } from '../model'
import type { ScenarioId } from '../recovery'
import type { FixedLeverReason, LeverId } from './advise-reasons'

/** What the advisor aims for; every field defaults from the scenario's requirements (see resolveGoals). */
export type AdviceGoals = {
  /** Monthly budget for a typical month, in KRW (converted with krwPerUsd when the requirements state USD). */
  budgetKrw: number
  /** The SLA's p95 at peak, in ms. */
  slaP95Ms: number
  /** Share of recovery scenarios that recover by themselves, 0..1. */
  minCoverage: number
  /** Recovery scenarios that must recover automatically. */
  mustBeAuto: ScenarioId[]
  /** No high (or critical) security finding. */
  noHighFindings: boolean
}

export type AdviceGoal = 'budget' | 'sla' | 'recovery' | 'security'

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
  meets: Record<AdviceGoal, boolean>
  /** How far each missed goal is: KRW over budget, ms over the SLA, coverage short (0..1) plus one per scenario not automatic, high findings. */
  misses: { goal: AdviceGoal; by: number }[]
}

export type AdviceOptions = { maxDesigns?: number }

export type AdviceResult = {
  goals: AdviceGoals
  /** The cheapest design meeting every goal (ties: higher coverage, lower p95, fewer changes); null when none does. */
  best: Proposal | null
  /** Pareto frontier over monthly cost ↓, coverage ↑, p95 ↓, cheapest first. */
  frontier: Proposal[]
  /** When best is null: the designs nearest to meeting every goal. */
  closest: Proposal[]
  /** Designs evaluated. */
  examined: number
  /** Levers the advisor left as they are, and why (codes the `advise` catalog words). */
  fixedLevers: { lever: LeverId; why: FixedLeverReason }[]
}
