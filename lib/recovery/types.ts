/**
 * The shapes the recovery engine returns. One assessment per failure scenario, in the order
 * of SCENARIO_IDS, so every view lists them the same way.
 */
import type { Figure } from '../explain/figure'
import type { AzPartReason, CoverageFormula, Improvement, PartComponent, RecoveryStep, ScenarioReason, ScenarioTitle } from './recovery-reasons'

export { EGRESS_SCENARIO_IDS, listScenarioIds, SCENARIO_IDS, type RecoveryMode, type ScenarioId } from './scenario-ids'
import type { RecoveryMode, ScenarioId } from './scenario-ids'

/** One piece of a scenario that recovers on its own terms, e.g. the database during an AZ outage. */
export type ScenarioPart = {
  component: PartComponent
  mode: RecoveryMode
  reason: AzPartReason
}

export type ScenarioAssessment = {
  id: ScenarioId
  /** What the scenario is called: { code: 'recovery.title.task-crash' } → "App crash / OOM". */
  title: ScenarioTitle
  mode: RecoveryMode
  /** Minutes until service is back; null = unbounded or unknown (no backups, no DR). */
  rtoMinutes: number | null
  /** Minutes of writes that may be lost; null = unbounded or unknown. */
  rpoMinutes: number | null
  /** Why this mode and these times, as a code with the numbers behind it. */
  reason: ScenarioReason
  /** What happens, in order: detect → replace → healthy. */
  steps: RecoveryStep[]
  /** Only for scenarios that hit several components at once (az-outage). */
  parts?: ScenarioPart[]
  /** Ids of single components this scenario takes out with nothing taking over: 'database', 'nat', 'bastion', service ids, load balancer ids, 'region'. */
  singlePointsOfFailure: string[]
  /** rto ≤ requirements.recovery.rtoMinutes and rpo ≤ rpoMinutes; null never meets. */
  meetsObjectives: boolean
  /** The config change that would make the scenario recover automatically; null when it already does. */
  improvement: Improvement | null
}

export type RecoveryAssessment = {
  /** The design's eight scenarios (listScenarioIds), in SCENARIO_IDS order. */
  scenarios: ScenarioAssessment[]
  autoCount: number
  partialCount: number
  manualCount: number
  /** Share of scenarios that recover automatically, with its formula as a reason ("2 of 8 scenarios recover automatically = 25 %"). */
  coverage: Omit<Figure, 'formula'> & { formula: CoverageFormula }
  /** Union over scenarios, in order of first appearance. */
  singlePointsOfFailure: string[]
}

/** A scenario before it is compared with the requirements and named. */
export type ScenarioDraft = Omit<ScenarioAssessment, 'meetsObjectives' | 'title'>
