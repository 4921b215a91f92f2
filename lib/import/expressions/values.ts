import { isRef, isUnknown, type TfObject, type TfRef, type TfUnknown, type TfValue, type UnknownWhy } from '../types'
import { ExpressionEvalError, ExpressionLimitError, UnknownSignal } from './errors'
import { MAX_NESTING_DEPTH, MAX_RESULT_ELEMENTS } from './limits'
import { handleRef, isObjectValue, isPending, isResourceHandle, setEntry } from './kinds'
import { measure } from './size'

export { handleRef, isObjectValue, isPending, isResourceHandle, setEntry, type ResourceHandle } from './kinds'

/** The refs a pending value stands for (none for a known value). */
export function refsOf(v: TfValue): TfRef[] {
  if (isRef(v)) return [{ $ref: v.$ref, attribute: v.attribute }]
  if (isUnknown(v)) return v.refs ?? []
  if (isResourceHandle(v)) return [handleRef(v)]
  return []
}

/** Every ref inside a value, at any depth, without duplicates (a part held twice is read once). */
export function refsDeep(v: TfValue, into: TfRef[] = [], seen: WeakSet<object> = new WeakSet()): TfRef[] {
  if (typeof v !== 'object' || v === null || seen.has(v)) return into
  seen.add(v)
  if (isPending(v)) {
    for (const r of refsOf(v)) addRef(into, r)
  } else if (Array.isArray(v)) {
    for (const x of v) refsDeep(x, into, seen)
  } else {
    for (const k of Object.keys(v)) refsDeep((v as TfObject)[k] as TfValue, into, seen)
  }
  return into
}

function addRef(list: TfRef[], r: TfRef): void {
  if (!list.some((x) => x.$ref === r.$ref && x.attribute === r.attribute)) list.push(r)
}

export function mergeRefs(...lists: TfRef[][]): TfRef[] {
  const out: TfRef[] = []
  for (const list of lists) for (const r of list) addRef(out, r)
  return out
}

/** TfUnknown('computed') built from the refs of the values involved (no `refs` key when none). */
export function computedFrom(...values: TfValue[]): TfUnknown {
  return unknownValue('computed', mergeRefs(...values.map((v) => refsDeep(v))))
}

export function unknownValue(why: UnknownWhy, refs: TfRef[] = []): TfUnknown {
  return refs.length > 0 ? { $unknown: why, refs } : { $unknown: why }
}

/** Stops the current operation when `v` is pending at its top level. */
export function requireKnown(v: TfValue): void {
  if (isPending(v)) throw new UnknownSignal(refsOf(v))
}

/** Stops the current operation when anything inside `v` is pending. */
export function requireKnownDeep(v: TfValue): void {
  const refs = pendingDeep(v)
  if (refs) throw new UnknownSignal(refs)
}

function pendingDeep(v: TfValue): TfRef[] | undefined {
  return holdsPending(v, new WeakMap()) ? refsDeep(v) : undefined
}

function holdsPending(v: TfValue, memo: WeakMap<object, boolean>): boolean {
  if (typeof v !== 'object' || v === null) return false
  if (isPending(v)) return true
  const known = memo.get(v)
  if (known !== undefined) return known
  const children = Array.isArray(v) ? v : Object.keys(v).map((k) => (v as TfObject)[k] as TfValue)
  const result = children.some((x) => holdsPending(x, memo))
  memo.set(v, result)
  return result
}

/** Terraform's type names, for error details. */
export function typeName(v: TfValue): string {
  if (v === null) return 'null'
  if (typeof v === 'boolean') return 'bool'
  if (typeof v === 'number') return 'number'
  if (typeof v === 'string') return 'string'
  if (Array.isArray(v)) return 'list'
  if (isPending(v)) return 'unknown'
  return 'object'
}

// ---- Conversions, as Terraform converts primitives automatically --------------------------

const NUMBER_TEXT = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/

export function toNumber(v: TfValue, what = 'value'): number {
  requireKnown(v)
  if (typeof v === 'number') return v
  if (typeof v === 'string' && NUMBER_TEXT.test(v)) return Number(v)
  throw new ExpressionEvalError(`${what} must be a number, not ${describe(v)}`)
}

export function toBool(v: TfValue, what = 'value'): boolean {
  requireKnown(v)
  if (typeof v === 'boolean') return v
  if (v === 'true') return true
  if (v === 'false') return false
  throw new ExpressionEvalError(`${what} must be a bool, not ${describe(v)}`)
}

/** A primitive as a string (numbers and bools convert; null, lists and objects do not). */
export function toStr(v: TfValue, what = 'value'): string {
  requireKnown(v)
  if (typeof v === 'string') return v
  if (typeof v === 'number') return formatNumber(v)
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  throw new ExpressionEvalError(`${what} must be a string, not ${describe(v)}`)
}

export function toList(v: TfValue, what = 'value'): TfValue[] {
  requireKnown(v)
  if (Array.isArray(v)) return v
  throw new ExpressionEvalError(`${what} must be a list, not ${describe(v)}`)
}

export function toObject(v: TfValue, what = 'value'): TfObject {
  requireKnown(v)
  if (isObjectValue(v)) return v
  throw new ExpressionEvalError(`${what} must be a map or object, not ${describe(v)}`)
}

export function toInteger(v: TfValue, what = 'value'): number {
  const n = toNumber(v, what)
  if (!Number.isInteger(n)) throw new ExpressionEvalError(`${what} must be a whole number, not ${n}`)
  return n
}

/**
 * A number as Terraform prints it: decimal digits, never an exponent (1e21 is
 * "1000000000000000000000", 1e-7 is "0.0000001"), from the shortest digits that read back the same.
 */
export function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0)
  const text = String(n)
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text)
  if (!m) return text
  const [, sign, first, rest = '', exponentText] = m
  const digits = `${first}${rest}`
  const point = 1 + Number(exponentText)
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`
  return `${sign}${digits}${'0'.repeat(Math.max(0, point - digits.length))}`
}

function describe(v: TfValue): string {
  const t = typeName(v)
  return t === 'string' ? `the string ${JSON.stringify((v as string).length > 40 ? `${(v as string).slice(0, 40)}…` : v)}` : t
}

/** A map's keys in Terraform's order: lexical. */
export function sortedKeys(o: TfObject): string[] {
  return Object.keys(o).sort(compareStrings)
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Terraform's `==`: equal type and value; a list equals a list of equal elements, a map a map of
 * equal entries. Anything pending inside makes the answer unknown.
 */
export function valuesEqual(a: TfValue, b: TfValue): boolean {
  if (pendingDeep(a) || pendingDeep(b)) throw new UnknownSignal(mergeRefs(refsDeep(a), refsDeep(b)))
  return deepEqual(a, b)
}

function deepEqual(a: TfValue, b: TfValue): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((x, i) => deepEqual(x, b[i] as TfValue))
  }
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as TfObject)[k] as TfValue, (b as TfObject)[k] as TfValue))
}

/** Equality that tolerates pending values (for `distinct`, `contains` over known structure). */
export function sameValue(a: TfValue, b: TfValue): boolean {
  return deepEqual(a, b)
}

/**
 * Copies a result for the caller: resource handles become refs to the whole resource; a part held
 * twice stays one shared part. A value nested or sized past the bounds (written out as a tree) is
 * refused, so values fed back through a scope (one local built from another, each holding the
 * last twice) stay small enough for every recursive helper here.
 */
export function toResult(v: TfValue): TfValue {
  const { size, height } = measure(v)
  if (height > MAX_NESTING_DEPTH) throw new ExpressionLimitError(`the value nests deeper than ${MAX_NESTING_DEPTH} levels`)
  if (size > MAX_RESULT_ELEMENTS) throw new ExpressionLimitError(`the result is larger than ${MAX_RESULT_ELEMENTS} elements`)
  return copyResult(v, new WeakMap())
}

function copyResult(v: TfValue, copies: WeakMap<object, TfValue>): TfValue {
  if (isResourceHandle(v)) return handleRef(v)
  if (isRef(v) || isUnknown(v) || typeof v !== 'object' || v === null) return v
  const done = copies.get(v)
  if (done !== undefined) return done
  let out: TfValue
  if (Array.isArray(v)) out = v.map((x) => copyResult(x, copies))
  else {
    const copy: TfObject = {}
    for (const k of Object.keys(v)) setEntry(copy, k, copyResult((v as TfObject)[k] as TfValue, copies))
    out = copy
  }
  copies.set(v, out)
  return out
}
