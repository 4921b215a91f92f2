import type { Requirements } from '../model'
import { scenarioTitle } from './recovery-reasons'
import type { ScenarioAssessment, ScenarioDraft } from './types'

/**
 * True when both times are known and within the requirements.
 * Example: RTO 2 min, RPO 0 against 5 min / 5 min → true; RTO null → false (unbounded never meets).
 */
export function meetsObjectives(
  rtoMinutes: number | null,
  rpoMinutes: number | null,
  recovery: Requirements['recovery'],
): boolean {
  if (rtoMinutes === null || rpoMinutes === null) return false
  return rtoMinutes <= recovery.rtoMinutes && rpoMinutes <= recovery.rpoMinutes
}

/** Adds `meetsObjectives` and the scenario's title to a scenario draft. */
export function judgeScenario(draft: ScenarioDraft, requirements: Requirements): ScenarioAssessment {
  return {
    ...draft,
    title: scenarioTitle(draft.id),
    meetsObjectives: meetsObjectives(draft.rtoMinutes, draft.rpoMinutes, requirements.recovery),
  }
}
