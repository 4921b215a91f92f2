import { isSecretName } from '../secret-names'
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
  // Secret-named arguments are dropped whether or not the provider marks them sensitive.
  const secretByName = isSecretName(argument) && (typeof known === 'string' || typeof known === 'number' || unknown === true)
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
  const knownItems: unknown[] = Array.isArray(known) ? known : []
  const unknownItems: unknown[] = Array.isArray(unknown) ? unknown : []
  const length = Math.max(knownItems.length, unknownItems.length)
  const order = configurationOrder(knownItems, expression, length)
  const items = order.map((i) => knownItems[i])
  const marks = order.map((i) => unknownItems[i])
  const sensitiveMarks: unknown[] | undefined = Array.isArray(sensitive) ? order.map((i) => (sensitive as unknown[])[i]) : undefined
  const out: TfValue[] = []
  for (let i = 0; i < length; i++) {
    const element = isExpression(expression) ? narrow(expression, i) : Array.isArray(expression) ? (expression[i] ?? (expression.length === 1 ? expression[0] : undefined)) : undefined
    const sensitiveAt = sensitiveMarks?.[i]
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
 * Terraform plans a set of blocks (a security group's inline `ingress`, a route table's `route`) in
 * its own order, not the order the configuration writes them. Where every block the configuration
 * writes matches one planned element on all its constant arguments, the elements take the
 * configuration's order, so each lines up with its own part of the expression and the design reads
 * in the order its author wrote it. Otherwise the planned order stays. Returns the element indices.
 */
function configurationOrder(items: readonly unknown[], expression: unknown, length: number): number[] {
  const planned = Array.from({ length }, (_, i) => i)
  const blocks = isExpression(expression) ? expression.constant_value : expression
  if (!Array.isArray(blocks) || blocks.length !== length || items.length !== length || length < 2) return planned
  const used = new Set<number>()
  for (const block of blocks) {
    const constants = constantsOf(block)
    const match = planned.find((i) => !used.has(i) && isObject(items[i]) && constants.every(([key, value]) => sameValue((items[i] as Record<string, unknown>)[key], value)))
    if (match === undefined || constants.length === 0) return planned
    used.add(match)
  }
  return [...used]
}

/** A block's arguments with a constant value: from a .tf.json constant, or each argument's `constant_value` (HCL blocks). */
function constantsOf(block: unknown): [string, unknown][] {
  if (!isObject(block)) return []
  return Object.entries(block).flatMap(([key, value]): [string, unknown][] => {
    const constant = isExpression(value) ? value.constant_value : value
    if (constant === null || constant === undefined || isObject(constant) || stringsIn(constant).some((t) => t.includes('${'))) return []
    return [[key, constant]]
  })
}

function sameValue(planned: unknown, constant: unknown): boolean {
  if (Array.isArray(constant)) return Array.isArray(planned) && planned.length === constant.length && constant.every((c, i) => sameValue(planned[i], c))
  return planned !== null && planned !== undefined && String(planned) === String(constant)
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
