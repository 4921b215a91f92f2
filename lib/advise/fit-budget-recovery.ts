import type { RecoveryAssessment, RecoveryMode, ScenarioAssessment, ScenarioId } from '../recovery'
import { EGRESS_SCENARIO_IDS } from '../recovery/scenario-ids'

/**
 * A failure that recovers worse after a cut: less of it recovers by itself (auto → partial → manual), or
 * it takes longer (RTO grows; null = unbounded). `scenarioId` is the design's scenario after the cut;
 * `was` names the scenario before when the egress path changed kind (nat-loss → nat-instance-loss).
 */
export type RecoveryLoss = {
  scenarioId: ScenarioId
  was?: ScenarioId
  from: RecoveryMode
  to: RecoveryMode
  rtoMinutesBefore: number | null
  rtoMinutesAfter: number | null
}

const isEgress = (id: ScenarioId) => (EGRESS_SCENARIO_IDS as readonly ScenarioId[]).includes(id)
const rto = (minutes: number | null) => minutes ?? Infinity
const AUTOMATIC: Record<RecoveryMode, number> = { auto: 2, partial: 1, manual: 0 }

/** The same failure before the cut: by id, or the egress scenario whatever its kind (a design has exactly one). */
function before(after: ScenarioAssessment, scenarios: readonly ScenarioAssessment[]): ScenarioAssessment | undefined {
  return scenarios.find((s) => s.id === after.id) ?? (isEgress(after.id) ? scenarios.find((s) => isEgress(s.id)) : undefined)
}

/**
 * The failures that recover less by themselves or more slowly, in the recovery engine's order.
 * Example (SwiftLogix, database Multi-AZ on → off): [{ scenarioId: 'db-unresponsive', from: 'auto', to: 'auto', rtoMinutesBefore: 2, rtoMinutesAfter: 10 }].
 */
export function listRecoveryLosses(from: RecoveryAssessment, to: RecoveryAssessment): RecoveryLoss[] {
  return to.scenarios.flatMap((after): RecoveryLoss[] => {
    const prior = before(after, from.scenarios)
    if (!prior) return []
    if (AUTOMATIC[after.mode] >= AUTOMATIC[prior.mode] && rto(after.rtoMinutes) <= rto(prior.rtoMinutes)) return []
    return [{ scenarioId: after.id, ...(prior.id !== after.id ? { was: prior.id } : {}), from: prior.mode, to: after.mode, rtoMinutesBefore: prior.rtoMinutes, rtoMinutesAfter: after.rtoMinutes }]
  })
}

/** A loss that takes away (some) automatic recovery, not merely a longer RTO. */
export const losesAutomatic = (loss: RecoveryLoss): boolean => AUTOMATIC[loss.to] < AUTOMATIC[loss.from]
