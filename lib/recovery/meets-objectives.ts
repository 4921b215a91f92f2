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

/**
 * Adds `meetsObjectives` to a scenario draft and splits its two-language sentences into the
 * English fields and the Korean shadow.
 */
export function judgeScenario(draft: ScenarioDraft, requirements: Requirements): ScenarioAssessment {
  const { reason, steps, improvement, parts, ...figures } = draft
  return {
    ...figures,
    title: scenarioTitle(draft.id),
    reason: reason.en,
    steps: steps.map((s) => s.en),
    ...(parts && { parts: parts.map((p) => ({ component: p.component, mode: p.mode, reason: p.reason.en, ko: { reason: p.reason.ko } })) }),
    improvement: improvement?.en ?? null,
    meetsObjectives: meetsObjectives(draft.rtoMinutes, draft.rpoMinutes, requirements.recovery),
    ko: {
      reason: reason.ko,
      steps: steps.map((s) => s.ko),
      improvement: improvement?.ko ?? null,
    },
  }
}
