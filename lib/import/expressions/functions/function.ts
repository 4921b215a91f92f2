import type { TfObject, TfValue } from '../../types'
import { ExpressionEvalError, ExpressionLimitError } from '../errors'
import { MAX_STRING_CHARS } from '../limits'
import { isPending, refsOf } from '../values'

/** What a function may ask of its evaluation: to count what it builds and reads, and to note what it could not do. */
export type FunctionContext = { charge(n: number): void; read(values: TfValue[]): void; note(why: 'unsupported-function'): void }

/** A Terraform function over evaluated arguments (pending values stop it; see values.ts requireKnown). */
export type TfFunction = (args: TfValue[], ctx: FunctionContext) => TfValue

export function checkArity(name: string, args: TfValue[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`
    throw new ExpressionEvalError(`${name}() takes ${expected} argument${expected === '1' ? '' : 's'}, not ${args.length}`)
  }
}

/** Refuses a string past the bound of limits.ts; `length` checks one before it is built. */
export function checkLength(s: string, length = s.length): string {
  if (length > MAX_STRING_CHARS) throw new ExpressionLimitError(`the string is longer than ${MAX_STRING_CHARS} characters`)
  return s
}

/** A key that is equal for equal values, to find duplicates in linear time. */
export function valueKey(v: TfValue): string {
  if (isPending(v)) return `?${JSON.stringify(refsOf(v))}${JSON.stringify(v)}`
  if (typeof v !== 'object' || v === null) return `${typeof v}:${String(v)}`
  if (Array.isArray(v)) return `[${v.map(valueKey).join(',')}]`
  return `{${Object.keys(v)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${valueKey((v as TfObject)[k] as TfValue)}`)
    .join(',')}}`
}
