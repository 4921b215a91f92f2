import type { TfValue } from '../../types'
import { compareStrings, toStr } from '../values'

/**
 * A tuple's elements as one element type, as Terraform converts a tuple to a list or set: strings
 * mixed with numbers or bools make every primitive a string (tolist(["a", 1]) = ["a", "1"]).
 */
export function unifyPrimitives(values: TfValue[]): TfValue[] {
  const hasString = values.some((x) => typeof x === 'string')
  const hasOther = values.some((x) => typeof x === 'number' || typeof x === 'boolean')
  return hasString && hasOther ? values.map((x) => (typeof x === 'number' || typeof x === 'boolean' ? toStr(x) : x)) : values
}

/** A set's elements in Terraform's order: strings lexically, numbers by value, others as given. */
export function orderSet(values: TfValue[]): TfValue[] {
  if (values.length > 0 && values.every((v) => typeof v === 'string')) return [...values].sort((a, b) => compareStrings(a as string, b as string))
  if (values.length > 0 && values.every((v) => typeof v === 'number')) return [...values].sort((a, b) => (a as number) - (b as number))
  return values
}
