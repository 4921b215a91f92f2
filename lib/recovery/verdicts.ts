import type { Requirements } from '../model'
import { scenarioTitle } from './recovery-reasons'
import type { RecoveryAssessment, RecoveryMode, ScenarioAssessment, ScenarioDraft } from './types'

/* How a scenario's outcome is judged: modes of parts combined, objectives met, coverage counted. */

/**
 * The mode of something made of parts: auto when every part is auto, manual when every part is
 * manual, partial otherwise. No parts means nothing can fail: auto.
 * Example: ['auto', 'manual', 'auto'] → 'partial'; ['manual', 'manual'] → 'manual'.
 */
export function combineModes(modes: readonly RecoveryMode[]): RecoveryMode {
  if (modes.every((m) => m === 'auto')) return 'auto'
  if (modes.every((m) => m === 'manual')) return 'manual'
  return 'partial'
}

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

/**
 * Share of scenarios that recover automatically; partial ones do not count.
 * Example: 5 auto of 8 → value 0.625, formula "5 of 8 scenarios recover automatically = 62.5 %".
 */
export function computeCoverage(scenarios: readonly ScenarioAssessment[]): RecoveryAssessment['coverage'] {
  const count = (mode: ScenarioAssessment['mode']) => scenarios.filter((s) => s.mode === mode).length
  const auto = count('auto')
  const total = scenarios.length
  const value = total === 0 ? null : auto / total
  return {
    value,
    unit: 'share of scenarios',
    formula: value === null ? { code: 'recovery.coverage.none', params: {} } : { code: 'recovery.coverage.share', params: { auto, total, share: value } },
    inputs: { auto, partial: count('partial'), manual: count('manual'), scenarios: total },
  }
}
