import type { DiffEngines } from '../compare/diff-configs'
import type { Evaluation } from '../evaluate'
import { parseScenario, type Scenario } from '../model'

/**
 * Plain JSON as the key, kept per object (the input is evaluated as the base of every diff): the designs
 * a diff parses are fresh copies, and equal JSON is an equal design, so a key order that differs only
 * costs a second evaluation.
 */
function plainKeyer(): (design: unknown) => string {
  const kept = new WeakMap<object, string>()
  return (design) => {
    if (typeof design !== 'object' || design === null) return JSON.stringify(design)
    let key = kept.get(design)
    if (key === undefined) {
      key = JSON.stringify(design)
      kept.set(design, key)
    }
    return key
  }
}

/**
 * Engines for Compare's priced diffs of many designs from one input: each change is priced by applying
 * it alone to the input, and the designs the advisor shows share most changes (NAT one shared → NAT
 * instance in half the frontier), so a change's design is parsed and evaluated once, and the input once.
 */
export function sharedDiffEngines(evaluate: (scenario: Scenario) => Evaluation): Required<DiffEngines> {
  const keyOf = plainKeyer()
  const parsed = new Map<string, ReturnType<typeof parseScenario>>()
  const evaluations = new Map<string, Evaluation>()
  const parsedKeys = new WeakMap<Scenario, string>()
  return {
    parse: (input) => {
      const key = keyOf(input)
      let result = parsed.get(key)
      if (result === undefined) {
        result = parseScenario(input)
        parsed.set(key, result)
        if (result.ok) parsedKeys.set(result.value, key)
      }
      return result
    },
    evaluate: (scenario) => {
      const key = parsedKeys.get(scenario) ?? keyOf(scenario)
      let evaluation = evaluations.get(key)
      if (evaluation === undefined) {
        evaluation = evaluate(scenario)
        evaluations.set(key, evaluation)
      }
      return evaluation
    },
  }
}
