/**
 * The shapes the recovery engine returns. One assessment per failure scenario, in the order
 * of SCENARIO_IDS, so every view lists them the same way.
 */
import type { Figure } from '../explain/figure'
import type { Text } from '../explain/text'

/** auto = AWS recovers without a person; partial = some of it; manual = someone must act. */
export type RecoveryMode = 'auto' | 'partial' | 'manual'

/** From the smallest blast radius to the largest. */
export const SCENARIO_IDS = [
  'task-crash',
  'host-failure',
  'db-unresponsive',
  'az-outage',
  'bad-deploy',
  'db-disk-full',
  'nat-loss',
  'region-outage',
] as const
export type ScenarioId = (typeof SCENARIO_IDS)[number]

/** One piece of a scenario that recovers on its own terms, e.g. the database during an AZ outage. */
export type ScenarioPart = {
  /** 'app' | 'database' | 'nat' | 'load-balancer' */
  component: string
  mode: RecoveryMode
  reason: string
  ko: { reason: string }
}

export type ScenarioAssessment = {
  id: ScenarioId
  /** "App crash / OOM" */
  title: string
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
  title: string
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
  /** Share of scenarios that recover automatically: "2 of 8 scenarios recover automatically = 25 %". */
  coverage: Figure
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
