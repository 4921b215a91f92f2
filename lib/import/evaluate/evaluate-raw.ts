import { evaluateJson, ExpressionEvalError, ExpressionLimitError, ExpressionSyntaxError, type Scope } from '../expressions'
import { unknownValue } from '../expressions/values'
import type { SourcePlace, TfValue } from '../types'
import type { EvaluationRun } from './run'

/** Where a value is written, for the notes its evaluation gives. */
export type Place = { address?: string; where?: SourcePlace }

/**
 * Evaluates one value in Terraform's JSON shape (`"${var.a}"`, literals, lists, maps). What cannot
 * be evaluated becomes an unknown and a note at its place, never an exception: one odd expression
 * does not stop the import. An expression past the evaluator's bounds refuses the import.
 */
export function evaluateRaw(run: EvaluationRun, raw: unknown, scope: Scope, place: Place): TfValue {
  const noting: Scope = { lookup: (root) => scope.lookup(root), note: (note) => run.note({ ...note, ...place }) }
  try {
    return evaluateJson(raw, noting)
  } catch (error) {
    if (error instanceof ExpressionLimitError) {
      run.fail({ code: 'import.too-large', params: { limit: 'expression', detail: error.params.detail }, ...place })
    } else if (error instanceof ExpressionSyntaxError) {
      run.note({ code: 'import.unsupported-construct', params: { construct: error.params.expression }, ...place })
    } else if (error instanceof ExpressionEvalError) {
      run.note({ code: 'import.eval-error', params: { detail: error.params.detail, ...(error.params.expression ? { expression: error.params.expression } : {}) }, ...place })
    } else throw error
    return unknownValue('unsupported-expression')
  }
}

/** `"${aws.west}"` (HCL through hcl2json) or `"aws.west"` (JSON syntax) → `aws.west`. */
export function bareReference(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined
  return raw.replace(/^\$\{([\s\S]*)\}$/, '$1').trim()
}
