/**
 * Terraform's expression language, parsed and evaluated offline in pure TypeScript (no wasm, no
 * I/O, so it also runs in the browser). The HCL parser (@cdktf/hcl2json) hands over Terraform's
 * JSON syntax, where every expression is a string: `"${cidrsubnet(var.cidr, 8, count.index)}"`.
 *
 *   evaluateString('${cidrsubnet("10.0.0.0/16", 8, 2)}', scope) → "10.0.2.0/24"
 *   evaluateString('app-${var.env}', { lookup: (r) => (r === 'var' ? { env: 'prod' } : undefined) }) → "app-prod"
 *
 * What cannot be known offline stays visible rather than guessed [1]; errors carry codes, not
 * sentences for the user: `import.syntax-error` (ExpressionSyntaxError), `import.eval-error`
 * (ExpressionEvalError, and ExpressionLimitError past a bound of limits.ts) and the note
 * `import.unsupported-function`.
 */
import type { TfObject, TfValue } from '../types'
import { ExpressionEvalError, ExpressionLimitError, ExpressionSyntaxError } from './errors'
import { evaluate, evaluateTemplate, newContext } from './evaluate'
import { MAX_EXPRESSION_CHARS, MAX_NESTING_DEPTH } from './limits'
import { cachedExpression, cachedTemplate } from './parse-cache'
import { collectReferences } from './references'
import type { Scope } from './scope'
import { computedFrom, isPending, setEntry, toResult, toStr } from './values'

export { ExpressionEvalError, ExpressionSyntaxError, ExpressionLimitError } from './errors'
export { isResourceHandle, type ResourceHandle } from './values'
export { SUPPORTED_FUNCTIONS } from './functions'
export type { Scope } from './scope'

/**
 * A Terraform-JSON string: a template with `${…}` and `%{…}` sequences. A string that is exactly
 * one interpolation returns the expression's value unconverted (a list stays a list, a TfRef a TfRef).
 * Throws ExpressionSyntaxError (import.syntax-error) or ExpressionEvalError (import.eval-error).
 */
export function evaluateString(text: string, scope: Scope): TfValue {
  if (!text.includes('${') && !text.includes('%{')) return text.normalize('NFC')
  return naming(text, () => toResult(evaluateTemplate(cachedTemplate(text), newContext(scope))))
}

/** One bare expression: `var.x + 1`. */
export function evaluateExpression(source: string, scope: Scope): TfValue {
  return naming(source, () => toResult(evaluate(cachedExpression(source), newContext(scope))))
}

/** An evaluation error names the text it came from, for the report. */
function naming(text: string, run: () => TfValue): TfValue {
  try {
    return run()
  } catch (e) {
    throw e instanceof ExpressionEvalError ? e.inExpression(text) : e
  }
}

/** A Terraform-JSON value: every string in it (object keys too) evaluated with evaluateString. */
export function evaluateJson(value: unknown, scope: Scope): TfValue {
  return walkJson(value, scope, 0)
}

function walkJson(value: unknown, scope: Scope, depth: number): TfValue {
  if (depth > MAX_NESTING_DEPTH) throw new ExpressionLimitError(`the value nests deeper than ${MAX_NESTING_DEPTH} levels`)
  if (typeof value === 'string') return evaluateString(value, scope)
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return value
  if (Array.isArray(value)) return value.map((v) => walkJson(v, scope, depth + 1))
  if (typeof value === 'object') {
    const out: TfObject = {}
    const pendingKeys: TfValue[] = []
    for (const [k, v] of Object.entries(value)) {
      const key = evaluateString(k, scope)
      if (isPending(key)) pendingKeys.push(key)
      else if (key === null || typeof key === 'object') throw new ExpressionEvalError(`an object key must be a string, not ${key === null ? 'null' : 'a collection'}`).inExpression(k)
      else setEntry(out, toStr(key), walkJson(v, scope, depth + 1))
    }
    // A key known only after apply makes the whole object unknown, as in Terraform.
    return pendingKeys.length > 0 ? computedFrom(...pendingKeys) : out
  }
  return null
}

/**
 * What an expression or template reads, as dotted prefixes of at most two parts: `var.x`,
 * `local.y`, `aws_vpc.main`, `module.net`, `count.index` (three for `data.aws_ami.ubuntu`). A string with `${` or `%{` is read as a
 * template, anything else as a bare expression (or, when it is not one, as literal text).
 */
export function referencedRoots(source: string): string[] {
  if (source.includes('${') || source.includes('%{') || source.length > MAX_EXPRESSION_CHARS) return collectReferences(cachedTemplate(source))
  try {
    return collectReferences(cachedExpression(source))
  } catch (e) {
    // Text that is not an expression is a literal string: it reads nothing.
    if (e instanceof ExpressionSyntaxError && !e.tooLarge) return []
    throw e
  }
}

// [1] A resource attribute the configuration does not state is a TfRef ({ $ref: address, attribute });
//     a whole resource used as a value is a TfRef with attribute ''. Anything computed from a TfRef
//     or TfUnknown is TfUnknown('computed') listing the refs it was built from, except where
//     Terraform itself knows the answer: a list's length, `false && x`, a conditional whose
//     branches agree, collections that only carry the value along (concat, merge, element, flatten).
