import type { TfObject, TfRef, TfUnknown, TfValue } from '../types'
import { isExpression, type Expression } from './plan-json-document'
import { isObject } from './parse-file'

/** Resolves an expression's references (in the resource's module) to instance references. */
export type ResolveReferences = (references: readonly string[], argument: string) => TfRef[]

export type ValueMarks = {
  /** `change.after_unknown`: `true` where a value is known only after apply, mirroring the value's shape. */
  unknown: unknown
  /** `sensitive_values` / `change.after_sensitive`: `true` where a value is sensitive; `[]` marks a list or set. */
  sensitive: unknown
  /** The resource's `expressions` in the configuration. */
  expressions: Record<string, unknown> | undefined
}

/** Arguments that hold secrets whether or not the provider marks them sensitive (`*_wo`: write-only). */
const SECRET_ARGUMENT = /^(password|master_password|secret_string|secret_binary|auth_token|private_key|token)$|_wo$/

/**
 * A resource's values as the importer keeps them: known values as planned, unknown ones (absent
 * from `planned_values`, flagged in `after_unknown`) as references to the instances their
 * expression names, and sensitive ones dropped (`dropped` hears of each). Null means "not set" in
 * Terraform, so object properties holding null are left out, as they would be in the .tf files.
 * buildValues({ vpc_id: null }, { unknown: { vpc_id: true }, expressions: { vpc_id: { references: ['aws_vpc.main.id', 'aws_vpc.main'] } } })
 * → { vpc_id: { $ref: 'aws_vpc.main', attribute: 'id' } }.
 */
export function buildValues(values: Record<string, unknown>, marks: ValueMarks, resolve: ResolveReferences, dropped: (attribute: string) => void): TfObject {
  const walk: Walk = { resolve, dropped }
  const unknown = isObject(marks.unknown) ? marks.unknown : {}
  const sensitive = isObject(marks.sensitive) ? marks.sensitive : {}
  const out: TfObject = {}
  for (const key of new Set([...Object.keys(values), ...Object.keys(unknown)])) {
    const value = buildArgument(key, values[key], unknown[key], sensitive[key], marks.expressions?.[key], walk, key)
    if (value !== undefined && value !== null) out[key] = value
  }
  return out
}

type Walk = { resolve: ResolveReferences; dropped: (attribute: string) => void }

function buildArgument(argument: string, known: unknown, unknown: unknown, sensitive: unknown, expression: unknown, walk: Walk, path: string): TfValue | undefined {
  const secretByName = SECRET_ARGUMENT.test(argument) && (typeof known === 'string' || typeof known === 'number' || unknown === true)
  if (sensitive === true || secretByName) {
    if ((known !== null && known !== undefined) || unknown === true) walk.dropped(path)
    return undefined
  }
  if (unknown === true) return fromExpression(argument, sensitive, expression, walk)
  if (Array.isArray(known) || Array.isArray(unknown)) return buildList(argument, known, unknown, sensitive, expression, walk, path)
  if (isObject(known) || isObject(unknown)) {
    const knownObject = isObject(known) ? known : {}
    const unknownObject = isObject(unknown) ? unknown : {}
    const out: TfObject = {}
    for (const key of new Set([...Object.keys(knownObject), ...Object.keys(unknownObject)])) {
      const field = isExpression(expression) ? narrow(expression, key) : isObject(expression) ? expression[key] : undefined
      const value = buildArgument(key, knownObject[key], unknownObject[key], isObject(sensitive) ? sensitive[key] : undefined, field, walk, `${path}.${key}`)
      if (value !== undefined && value !== null) out[key] = value
    }
    return out
  }
  return known as TfValue | undefined
}

/**
 * A list keeps its positions (unknown elements are null in `planned_values`). When one expression
 * wrote the whole list (`[aws_subnet.a.id, aws_subnet.b.id]`), its references fill the unknown
 * elements in order, if they are as many as the elements or as the unknown ones.
 */
function buildList(argument: string, known: unknown, unknown: unknown, sensitive: unknown, expression: unknown, walk: Walk, path: string): TfValue[] {
  const items = Array.isArray(known) ? known : []
  const marks = Array.isArray(unknown) ? unknown : []
  const length = Math.max(items.length, marks.length)
  const out: TfValue[] = []
  for (let i = 0; i < length; i++) {
    const element = isExpression(expression) ? narrow(expression, i) : Array.isArray(expression) ? (expression[i] ?? (expression.length === 1 ? expression[0] : undefined)) : undefined
    const sensitiveAt = Array.isArray(sensitive) ? sensitive[i] : undefined
    out.push(marks[i] === true ? null : (buildArgument(argument, items[i], marks[i], sensitiveAt, element, walk, `${path}[${i}]`) ?? null))
  }
  const unknownAt = marks.flatMap((m, i) => (m === true ? [i] : []))
  if (unknownAt.length === 0) return out
  // Each element's own part of the expression, where the configuration shows it (a .tf.json, or blocks).
  if (!isExpression(expression) || Array.isArray(expression.constant_value)) {
    for (const i of unknownAt) {
      const element = isExpression(expression) ? narrow(expression, i) : Array.isArray(expression) ? expression[i] : undefined
      out[i] = fromExpression(argument, undefined, element, walk) ?? { $unknown: 'computed' }
    }
    return out
  }
  const refs = walk.resolve(expression.references ?? [], argument)
  unknownAt.forEach((i, n) => {
    out[i] = refs.length === length ? refs[i]! : refs.length === unknownAt.length ? refs[n]! : unknownOf(refs)
  })
  return out
}

/**
 * An unknown value from the expression that wrote it: a list of references for a list or set
 * (the provider's sensitive mask shows `[]` for those), one reference when the expression is one
 * reference, else an unknown built from its references. No expression: the provider computes it
 * (an `id`, an `arn`), and it is left out as it would be from the .tf files.
 */
function fromExpression(argument: string, sensitive: unknown, expression: unknown, walk: Walk): TfValue | undefined {
  if (!isExpression(expression)) return undefined
  const refs = walk.resolve(expression.references ?? [], argument)
  if (Array.isArray(sensitive) || Array.isArray(expression.constant_value)) return refs.length > 0 ? refs : { $unknown: 'computed' }
  if (refs.length === 1 && isWholeReference(expression.constant_value)) return refs[0]
  return unknownOf(refs)
}

/** `"${aws_vpc.main.id}"` in a .tf.json, or no constant at all (HCL): the value is the reference itself, not text around it. */
function isWholeReference(constant: unknown): boolean {
  return constant === undefined || (typeof constant === 'string' && /^\$\{[^{}]*\}$/.test(constant))
}

/**
 * The part of an expression that wrote one element or property of its value. Only a constant (a
 * .tf.json string template, `"${aws_nat_gateway.main.id}"`) shows the parts; the references kept
 * are those written in that part. Without a constant (HCL), the whole expression's references stay.
 * narrow({ constant_value: [{ nat_gateway_id: '${aws_nat_gateway.a.id}' }], references: [...] }, 0)
 * → { constant_value: { nat_gateway_id: '${aws_nat_gateway.a.id}' }, references: ['aws_nat_gateway.a.id', 'aws_nat_gateway.a'] }.
 */
function narrow(expression: Expression, key: string | number): Expression | undefined {
  const whole = expression.constant_value
  if (whole === undefined) return expression
  const part = Array.isArray(whole) || isObject(whole) ? (whole as Record<string | number, unknown>)[key] : undefined
  // A part the configuration does not write is the provider's to compute.
  if (part === undefined) return undefined
  const text = stringsIn(part).join('\n')
  return { constant_value: part, references: (expression.references ?? []).filter((r) => new RegExp(`(^|[^\\w.])${escapeRegExp(r)}(?![\\w-])`).test(text)) }
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  return isObject(value) ? Object.values(value).flatMap(stringsIn) : []
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function unknownOf(refs: TfRef[]): TfUnknown {
  return refs.length > 0 ? { $unknown: 'computed', refs } : { $unknown: 'computed' }
}
