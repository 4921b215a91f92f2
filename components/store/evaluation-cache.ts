import { evaluateScenario, type Evaluation } from '@/lib/evaluate'
import type { Scenario } from '@/lib/model'

/**
 * Scenarios are immutable, so one evaluation per scenario object is enough: every component that
 * asks for the current figures shares it, and an unrelated re-render costs a map lookup.
 */
const cache = new WeakMap<Scenario, Evaluation>()

export function evaluationOf(scenario: Scenario): Evaluation {
  let evaluation = cache.get(scenario)
  if (!evaluation) {
    evaluation = evaluateScenario(scenario)
    cache.set(scenario, evaluation)
  }
  return evaluation
}
