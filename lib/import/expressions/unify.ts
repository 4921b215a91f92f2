import type { TfObject, TfValue } from '../types'
import { compareStrings, isObjectValue, isPending, setEntry, toStr } from './values'

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

/**
 * The chosen branch of a conditional converted to the type both branches share, as Terraform
 * unifies them: `true ? 1 : "x"` is "1", `true ? [1] : ["x"]` is ["1"], `true ? {a = 1} : {a = "x"}`
 * is { a = "1" } (terraform console). Null and pending values take any type.
 */
export function unifyBranch(chosen: TfValue, other: TfValue): TfValue {
  if (chosen === null || other === null || isPending(chosen) || isPending(other)) return chosen
  if (Array.isArray(chosen) && Array.isArray(other)) return hasString(other) ? unifyPrimitives([...chosen, '']).slice(0, -1) : unifyPrimitives(chosen)
  if (isObjectValue(chosen) && isObjectValue(other)) return unifyObject(chosen, other)
  if (typeof other === 'string' && (typeof chosen === 'number' || typeof chosen === 'boolean')) return toStr(chosen)
  return chosen
}

/** Objects of one shape unify attribute by attribute; otherwise both are maps of one element type. */
function unifyObject(chosen: TfObject, other: TfObject): TfObject {
  const keys = Object.keys(chosen)
  const sameShape = keys.length === Object.keys(other).length && keys.every((k) => Object.prototype.hasOwnProperty.call(other, k))
  const out: TfObject = {}
  if (sameShape) {
    for (const k of keys) setEntry(out, k, unifyBranch(chosen[k] as TfValue, other[k] as TfValue))
    return out
  }
  const values = keys.map((k) => chosen[k] as TfValue)
  const unified = hasString(Object.values(other)) ? unifyPrimitives([...values, '']).slice(0, -1) : unifyPrimitives(values)
  keys.forEach((k, i) => setEntry(out, k, unified[i] as TfValue))
  return out
}

function hasString(values: TfValue[]): boolean {
  return values.some((v) => typeof v === 'string')
}
