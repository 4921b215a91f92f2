import type { Expr } from '../expressions/ast'
import { ExpressionEvalError, ExpressionSyntaxError } from '../expressions'
import { evaluate, newContext } from '../expressions/evaluate'
import { parseExpression } from '../expressions/parser'
import { isObjectValue, toResult } from '../expressions/values'
import { isRef, isUnknown, type TfObject, type TfValue } from '../types'

/** A variable's `type` ("Type Constraints"), read from its expression. */
export type TypeConstraint =
  | { kind: 'string' | 'number' | 'bool' | 'any' }
  | { kind: 'list' | 'set' | 'map'; element: TypeConstraint }
  | { kind: 'tuple'; elements: TypeConstraint[] }
  | { kind: 'object'; attributes: Record<string, { type: TypeConstraint; optional: boolean; default?: TfValue }> }

const ANY: TypeConstraint = { kind: 'any' }

/**
 * A variable's `type` as written: hcl2json gives `"${list(string)}"`, JSON syntax `"list(string)"`.
 * Undefined when the variable states none, or states one this reader does not know (then values
 * are kept as they are given).
 */
export function readTypeConstraint(raw: unknown): TypeConstraint | undefined {
  if (typeof raw !== 'string') return undefined
  try {
    return typeOf(parseExpression(raw.replace(/^\$\{([\s\S]*)\}$/, '$1')))
  } catch (error) {
    if (error instanceof ExpressionSyntaxError || error instanceof ExpressionEvalError || error instanceof UnknownType) return undefined
    throw error
  }
}

class UnknownType extends Error {}

function typeOf(expr: Expr): TypeConstraint {
  if (expr.kind === 'variable' && ['string', 'number', 'bool', 'any'].includes(expr.name)) return { kind: expr.name as 'string' }
  if (expr.kind !== 'call') throw new UnknownType()
  const [first] = expr.args
  switch (expr.name) {
    case 'list':
    case 'set':
    case 'map':
      return { kind: expr.name, element: first ? typeOf(first) : ANY }
    case 'tuple':
      if (first?.kind !== 'tuple') throw new UnknownType()
      return { kind: 'tuple', elements: first.items.map(typeOf) }
    case 'object': {
      if (first?.kind !== 'object') throw new UnknownType()
      const attributes: Extract<TypeConstraint, { kind: 'object' }>['attributes'] = {}
      for (const item of first.items) {
        if (item.key.kind !== 'literal' || typeof item.key.value !== 'string') throw new UnknownType()
        attributes[item.key.value] = attributeOf(item.value)
      }
      return { kind: 'object', attributes }
    }
  }
  throw new UnknownType()
}

/** `string`, or `optional(string)`, or `optional(string, "default")` (Terraform 1.3+). */
function attributeOf(expr: Expr): { type: TypeConstraint; optional: boolean; default?: TfValue } {
  if (expr.kind !== 'call' || expr.name !== 'optional') return { type: typeOf(expr), optional: false }
  const [type, fallback] = expr.args
  if (!type) throw new UnknownType()
  if (!fallback) return { type: typeOf(type), optional: true }
  return { type: typeOf(type), optional: true, default: toResult(evaluate(fallback, newContext({ lookup: () => undefined }))) }
}

/**
 * Whether `-var` text is read as an expression: "if the root module variable uses a type
 * constraint to require a complex value (list, set, map, object, or tuple), Terraform will instead
 * attempt to parse its value using the same syntax used within variable definitions files"
 * (Terraform docs, "Variables on the Command Line"); otherwise it is a literal string.
 */
export function isComplexType(type: TypeConstraint | undefined): boolean {
  return type !== undefined && !['string', 'number', 'bool', 'any'].includes(type.kind)
}

/**
 * Converts a value to a type constraint the way Terraform does ("Type Conversion": "5" → 5 for a
 * number, "true" → true for a bool, numbers and bools → strings), through collections; an object
 * type keeps its declared attributes and fills an absent optional one with its default or null
 * ("Optional Object Type Attributes"). Anything it cannot convert is kept as it is.
 */
export function convertToType(value: TfValue, type: TypeConstraint | undefined): TfValue {
  if (type === undefined || value === null || isRef(value) || isUnknown(value)) return value
  switch (type.kind) {
    case 'number':
      return typeof value === 'string' && /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(value.trim()) ? Number(value.trim()) : value
    case 'bool':
      return value === 'true' ? true : value === 'false' ? false : value
    case 'string':
      return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value
    case 'list':
    case 'set':
      return Array.isArray(value) ? value.map((item) => convertToType(item, type.element)) : value
    case 'map':
      return isObjectValue(value) ? mapValues(value, (item) => convertToType(item, type.element)) : value
    case 'tuple':
      return Array.isArray(value) ? value.map((item, i) => convertToType(item, type.elements[i])) : value
    case 'object': {
      if (!isObjectValue(value)) return value
      const out: TfObject = {}
      for (const [name, attribute] of Object.entries(type.attributes)) {
        const given = Object.prototype.hasOwnProperty.call(value, name) ? (value[name] as TfValue) : null
        if (given !== null) out[name] = convertToType(given, attribute.type)
        else if (attribute.optional) out[name] = attribute.default === undefined ? null : convertToType(attribute.default, attribute.type)
      }
      return out
    }
    case 'any':
      return value
  }
}

function mapValues(value: TfObject, convert: (item: TfValue) => TfValue): TfObject {
  const out: TfObject = {}
  for (const [key, item] of Object.entries(value)) out[key] = convert(item)
  return out
}
