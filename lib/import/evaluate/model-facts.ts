import { isObjectValue, toResult } from '../expressions/values'
import { MODEL_FACTS_LOCAL, type ModelFacts, type TfObject, type TfValue } from '../types'
import type { EvaluationRun } from './run'

/**
 * The facts an ArchDeck export writes in `local.archdeck_model_facts` (one JSON string), parsed
 * back. Absent in any other configuration; a value that is not a JSON object is noted and ignored.
 */
export function readModelFacts(run: EvaluationRun, locals: TfObject): ModelFacts | undefined {
  if (!Object.prototype.hasOwnProperty.call(locals, MODEL_FACTS_LOCAL)) return undefined
  const value: TfValue = locals[MODEL_FACTS_LOCAL] as TfValue
  if (isObjectValue(value)) return toResult(value) as ModelFacts
  if (typeof value === 'string') {
    try {
      const facts: unknown = JSON.parse(value)
      if (typeof facts === 'object' && facts !== null && !Array.isArray(facts)) return facts as ModelFacts
    } catch {
      // Said below, as for any value that is not an object.
    }
  }
  run.note({ code: 'import.model-facts-unreadable', params: { local: MODEL_FACTS_LOCAL } })
  return undefined
}
