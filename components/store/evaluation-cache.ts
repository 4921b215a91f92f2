import { evaluateScenario, type Evaluation } from '@/lib/evaluate'
import type { Scenario } from '@/lib/model'
import { regionBooksVersion } from '@/lib/pricing/region-books'

/**
 * Scenarios are immutable, so one evaluation per scenario object is enough: every component that
 * asks for the current figures shares it, and an unrelated re-render costs a map lookup. A price
 * book arriving (a new `version`) prices the scenario again.
 */
const cache = new WeakMap<Scenario, { version: number; evaluation: Evaluation }>()

export function evaluationOf(scenario: Scenario, version = regionBooksVersion()): Evaluation {
  const cached = cache.get(scenario)
  if (cached?.version === version) return cached.evaluation
  const evaluation = evaluateScenario(scenario)
  cache.set(scenario, { version, evaluation })
  return evaluation
}
