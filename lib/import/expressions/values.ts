import { isRef, isUnknown, type TfObject, type TfRef, type TfUnknown, type TfValue, type UnknownWhy } from '../types'
import { ExpressionEvalError, ExpressionLimitError, UnknownSignal } from './errors'
import { MAX_NESTING_DEPTH } from './limits'

/**
 * A resource the caller puts in scope under its type's name: `aws_subnet: { app: handle }`, or an
 * array of handles (count) or an object of handles (for_each). `attributes` holds its configured
 * arguments; an attribute not configured is known only once AWS creates it (a TfRef).
 */
export type ResourceHandle = { $resource: string; attributes: TfObject }

export function isResourceHandle(v: unknown): v is ResourceHandle {
  return typeof v === 'object' && v !== null && typeof (v as ResourceHandle).$resource === 'string'
}

/** A value not known offline: a resource attribute, an unknown, or a whole resource used as a value. */
export function isPending(v: TfValue): boolean {
  return isRef(v) || isUnknown(v) || isResourceHandle(v)
}

/** A map or object value (not a ref, an unknown or a resource handle). */
export function isObjectValue(v: TfValue): v is TfObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isPending(v)
}

/** A whole resource used as a value is referenced with an empty attribute. */
export function handleRef(h: ResourceHandle): TfRef {
  return { $ref: h.$resource, attribute: '' }
}

/** The refs a pending value stands for (none for a known value). */
export function refsOf(v: TfValue): TfRef[] {
  if (isRef(v)) return [{ $ref: v.$ref, attribute: v.attribute }]
  if (isUnknown(v)) return v.refs ?? []
  if (isResourceHandle(v)) return [handleRef(v)]
  return []
}

/** Every ref inside a value, at any depth, without duplicates. */
export function refsDeep(v: TfValue, into: TfRef[] = []): TfRef[] {
  if (isPending(v)) {
    for (const r of refsOf(v)) addRef(into, r)
  } else if (Array.isArray(v)) {
    for (const x of v) refsDeep(x, into)
  } else if (typeof v === 'object' && v !== null) {
    for (const k of Object.keys(v)) refsDeep((v as TfObject)[k] as TfValue, into)
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
  if (isPending(v)) return refsDeep(v)
  if (typeof v !== 'object' || v === null) return undefined
  const children = Array.isArray(v) ? v : Object.keys(v).map((k) => (v as TfObject)[k] as TfValue)
  return children.some((x) => pendingDeep(x) !== undefined) ? refsDeep(v) : undefined
}

/**
 * The work of reading a value once, for the evaluation's budget: a collection's elements, a
 * string's characters / 100. So a loop over a function of a large value counts what it reads.
 */
export function workOf(v: TfValue): number {
  if (typeof v === 'string') return Math.ceil(v.length / 100)
  if (Array.isArray(v)) return v.length
  if (typeof v === 'object' && v !== null && !isPending(v)) return Object.keys(v).length
  return 0
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
 * Copies a result for the caller: resource handles become refs to the whole resource. A value
 * nested past the bound is refused, so values fed back through a scope (one local built from
 * another) stay shallow enough for every recursive helper here.
 */
export function toResult(v: TfValue, depth = 0): TfValue {
  if (depth > MAX_NESTING_DEPTH) throw new ExpressionLimitError(`the value nests deeper than ${MAX_NESTING_DEPTH} levels`)
  if (isResourceHandle(v)) return handleRef(v)
  if (isRef(v) || isUnknown(v) || typeof v !== 'object' || v === null) return v
  if (Array.isArray(v)) return v.map((x) => toResult(x, depth + 1))
  const out: TfObject = {}
  for (const k of Object.keys(v)) out[k] = toResult((v as TfObject)[k] as TfValue, depth + 1)
  return out
}
