import type { Scope } from '../expressions'
import { withSymbols } from '../expressions/scope'
import { isObjectValue, sortedKeys, unknownValue } from '../expressions/values'
import type { TfObject, TfValue } from '../types'
import { bareReference, evaluateRaw, type Place } from './evaluate-raw'
import { MAX_REPETITIONS } from './limits'
import type { EvaluationRun } from './run'

/** Nested blocks come out of hcl2json as lists of objects (`ingress { … }` → `ingress: [{…}]`). */
function isBlockList(raw: unknown): raw is Record<string, unknown>[] {
  return Array.isArray(raw) && raw.length > 0 && raw.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item))
}

/**
 * One argument of a block: nested blocks evaluated body by body (so `dynamic` blocks inside them
 * expand), anything else as an expression.
 */
export function evaluateArgument(run: EvaluationRun, raw: unknown, scope: Scope, place: Place): TfValue {
  if (isBlockList(raw)) return raw.map((body) => evaluateBody(run, body, scope, place))
  return evaluateRaw(run, raw, scope, place)
}

/** A nested block's body, its `dynamic` blocks expanded beside its static blocks of the same type. */
function evaluateBody(run: EvaluationRun, body: Record<string, unknown>, scope: Scope, place: Place): TfObject {
  const out: TfObject = {}
  for (const [key, raw] of Object.entries(body)) {
    if (key !== 'dynamic') out[key] = evaluateArgument(run, raw, scope, place)
  }
  for (const [blockType, value] of Object.entries(dynamicBlocks(body))) {
    out[blockType] = joinBlocks(out[blockType], expandDynamic(run, blockType, value, scope, place))
  }
  return out
}

/** The `dynamic "type" { … }` blocks of a body: type → its definitions. */
export function dynamicBlocks(body: Record<string, unknown>): Record<string, unknown> {
  const dynamic = body.dynamic
  return typeof dynamic === 'object' && dynamic !== null && !Array.isArray(dynamic) ? (dynamic as Record<string, unknown>) : {}
}

/** Static blocks of a type followed by the dynamic ones (an unknown either way stays unknown). */
export function joinBlocks(existing: TfValue | undefined, generated: TfValue): TfValue {
  if (existing === undefined) return generated
  if (!Array.isArray(existing)) return existing
  return Array.isArray(generated) ? [...existing, ...generated] : generated
}

/**
 * Expands `dynamic "ingress" { for_each = …; iterator = rule; content { … } }` into one `ingress`
 * block per element (Terraform docs, "dynamic Blocks"): the iterator (named after the block unless
 * `iterator` says otherwise) has `key` (the map key or list index) and `value`. A `for_each` not
 * known offline gives an unknown list of blocks and a note.
 */
export function expandDynamic(run: EvaluationRun, blockType: string, raw: unknown, scope: Scope, place: Place): TfValue {
  const blocks: TfValue[] = []
  for (const definition of Array.isArray(raw) ? raw : [raw]) {
    if (typeof definition !== 'object' || definition === null) continue
    const { for_each: forEach, iterator, content } = definition as Record<string, unknown>
    const collection = evaluateRaw(run, forEach, scope, place)
    if (!Array.isArray(collection) && !isObjectValue(collection)) {
      run.note({ code: 'import.dynamic-unknown', params: { block: blockType }, ...place })
      return unknownValue('computed')
    }
    const map = collection as TfObject | TfValue[]
    const pairs: [TfValue, TfValue][] = Array.isArray(map) ? map.map((value, index) => [index, value]) : sortedKeys(map).map((key) => [key, map[key] as TfValue])
    if (pairs.length > MAX_REPETITIONS) {
      run.fail({ code: 'import.too-large', params: { limit: 'repetitions', value: pairs.length, max: MAX_REPETITIONS }, ...place })
      return unknownValue('computed')
    }
    const name = bareReference(iterator) ?? blockType
    const bodies = Array.isArray(content) ? content : [content]
    for (const [key, value] of pairs) {
      const inner = withSymbols(scope, { [name]: { key, value } })
      for (const body of bodies) {
        if (typeof body === 'object' && body !== null) blocks.push(evaluateBody(run, body as Record<string, unknown>, inner, place))
      }
    }
  }
  return blocks
}
