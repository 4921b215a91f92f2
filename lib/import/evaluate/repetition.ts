import type { Scope } from '../expressions'
import { isObjectValue, sortedKeys, unknownValue } from '../expressions/values'
import type { TfObject, TfValue } from '../types'
import { evaluateRaw, type Place } from './evaluate-raw'
import { MAX_REPETITIONS } from './limits'
import type { EvaluationRun } from './run'

/** How many instances a resource or module call makes, and what each is keyed by. */
export type Repetition =
  | { kind: 'single' }
  | { kind: 'count'; count: number }
  | { kind: 'for_each'; entries: [key: string, value: TfValue][] }

/**
 * Reads `count` or `for_each` ("The count Meta-Argument", "The for_each Meta-Argument"): a whole
 * number of instances indexed from 0, or one instance per key of a map or element of a set of
 * strings (each.key = each.value for a set). A value not known offline still makes one instance
 * (index 0, or the key "unknown") and a note, so the resource is seen rather than lost.
 */
export function readRepetition(run: EvaluationRun, body: Record<string, unknown>, scope: Scope, place: Place): Repetition {
  if ('count' in body) {
    const count = evaluateRaw(run, body.count, scope, place)
    const n = typeof count === 'string' && /^\d+$/.test(count.trim()) ? Number(count) : count
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
      run.note({ code: 'import.count-unknown', params: {}, ...place })
      return { kind: 'count', count: 1 }
    }
    return n > MAX_REPETITIONS ? tooMany(run, n, place) : { kind: 'count', count: n }
  }
  if ('for_each' in body) {
    const collection = evaluateRaw(run, body.for_each, scope, place)
    const entries = forEachEntries(collection)
    if (!entries) {
      run.note({ code: 'import.for-each-unknown', params: {}, ...place })
      return { kind: 'for_each', entries: [['unknown', unknownValue('computed')]] }
    }
    return entries.length > MAX_REPETITIONS ? tooMany(run, entries.length, place) : { kind: 'for_each', entries }
  }
  return { kind: 'single' }
}

function forEachEntries(collection: TfValue): [string, TfValue][] | undefined {
  if (isObjectValue(collection)) {
    const map = collection as TfObject
    return sortedKeys(map).map((key) => [key, map[key] as TfValue])
  }
  if (Array.isArray(collection) && collection.every((item) => typeof item === 'string')) {
    return [...new Set(collection as string[])].sort().map((key) => [key, key])
  }
  return undefined
}

function tooMany(run: EvaluationRun, value: number, place: Place): Repetition {
  run.fail({ code: 'import.too-large', params: { limit: 'repetitions', value, max: MAX_REPETITIONS }, ...place })
  return { kind: 'count', count: 0 }
}

/** Terraform's instance key syntax: `[0]`, `["a"]`, or nothing for a single instance. */
export function instanceKeys(repetition: Repetition): { key?: number | string; suffix: string }[] {
  if (repetition.kind === 'single') return [{ suffix: '' }]
  if (repetition.kind === 'count') return Array.from({ length: repetition.count }, (_, i) => ({ key: i, suffix: `[${i}]` }))
  return repetition.entries.map(([key]) => ({ key, suffix: `[${JSON.stringify(key)}]` }))
}
