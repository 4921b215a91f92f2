/**
 * The shapes the recovery engine returns. One assessment per failure scenario, in the order
 * of SCENARIO_IDS, so every view lists them the same way.
 */
import type { Figure } from '../explain/figure'
import type { Text } from '../explain/text'
import type { CoverageFormula, PartComponent, ScenarioTitle } from './recovery-reasons'

export { SCENARIO_IDS, type RecoveryMode, type ScenarioId } from './scenario-ids'
import type { RecoveryMode, ScenarioId } from './scenario-ids'

/** One piece of a scenario that recovers on its own terms, e.g. the database during an AZ outage. */
export type ScenarioPart = {
  component: PartComponent
  mode: RecoveryMode
  reason: string
  ko: { reason: string }
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
  /** Plain sentences: why this mode and these times, with the numbers. */
  reason: string
  /** What happens, in order: detect → replace → healthy. */
  steps: string[]
  /** Only for scenarios that hit several components at once (az-outage). */
  parts?: ScenarioPart[]
  /** Ids of single components this scenario takes out with nothing taking over: 'database', 'nat', 'bastion', service ids, load balancer ids, 'region'. */
  singlePointsOfFailure: string[]
  /** rto ≤ requirements.recovery.rtoMinutes and rpo ≤ rpoMinutes; null never meets. */
  meetsObjectives: boolean
  /** The config change that would make the scenario recover automatically; null when it already does. */
  improvement: string | null
  /** The same sentences in Korean; the English fields above stay the canonical ones (CLI JSON). */
  ko: ScenarioWords
}

/** The words of one scenario in one language. */
export type ScenarioWords = {
  reason: string
  steps: string[]
  improvement: string | null
}

export type RecoveryAssessment = {
  /** All eight scenarios, in SCENARIO_IDS order. */
  scenarios: ScenarioAssessment[]
  autoCount: number
  partialCount: number
  manualCount: number
  /** Share of scenarios that recover automatically, with its formula as a reason ("2 of 8 scenarios recover automatically = 25 %"). */
  coverage: Omit<Figure, 'formula'> & { formula: CoverageFormula }
  /** Union over scenarios, in order of first appearance. */
  singlePointsOfFailure: string[]
}

/** A part while its scenario is assessed: its reason in both languages. */
export type PartDraft = Omit<ScenarioPart, 'reason' | 'ko'> & { reason: Text }

/**
 * A scenario before it is compared with the requirements, its sentences still in both languages;
 * `judgeScenario` splits them into the English fields and the Korean shadow.
 */
export type ScenarioDraft = Omit<ScenarioAssessment, 'meetsObjectives' | 'title' | 'reason' | 'steps' | 'improvement' | 'parts' | 'ko'> & {
  reason: Text
  steps: Text[]
  improvement: Text | null
  parts?: PartDraft[]
}
