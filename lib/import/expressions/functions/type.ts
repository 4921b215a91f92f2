import type { TfObject, TfValue } from '../../types'
import { ExpressionEvalError } from '../errors'
import { compareStrings, isPending, isObjectValue, requireKnown, toBool, toNumber, toStr, typeName } from '../values'
import { distinctValues } from './collection'
import { checkArity, type TfFunction } from './function'

/** A set's elements in Terraform's order: strings lexically, numbers by value, others as given. */
function orderSet(values: TfValue[]): TfValue[] {
  if (values.length > 0 && values.every((v) => typeof v === 'string')) return [...values].sort((a, b) => compareStrings(a as string, b as string))
  if (values.length > 0 && values.every((v) => typeof v === 'number')) return [...values].sort((a, b) => (a as number) - (b as number))
  return values
}

const nullable = (name: string, convert: (v: TfValue) => TfValue): TfFunction => (args) => {
  checkArity(name, args, 1)
  const v = args[0] as TfValue
  requireKnown(v)
  return v === null ? null : convert(v)
}

/** A list's elements of one type: a tuple mixing strings with numbers or bools becomes strings, as Terraform unifies it. */
function asCollection(v: TfValue, target: string): TfValue[] {
  if (Array.isArray(v)) {
    const hasString = v.some((x) => typeof x === 'string')
    const mixed = v.some((x) => typeof x === 'number' || typeof x === 'boolean')
    return hasString && mixed ? v.map((x) => (typeof x === 'number' || typeof x === 'boolean' ? toStr(x) : x)) : v
  }
  throw new ExpressionEvalError(`cannot convert a ${typeName(v)} to a ${target}`)
}

/** Terraform's type conversion functions (developer.hashicorp.com/terraform/language/functions, "Type Conversion Functions"). */
export const typeFunctions: Record<string, TfFunction> = {
  tobool: nullable('tobool', (v) => toBool(v, 'the argument of tobool()')),
  tonumber: nullable('tonumber', (v) => toNumber(v, 'the argument of tonumber()')),
  tostring: nullable('tostring', (v) => toStr(v, 'the argument of tostring()')),
  tolist: nullable('tolist', (v) => asCollection(v, 'list')),
  toset: nullable('toset', (v) => orderSet(distinctValues(asCollection(v, 'set')))),
  tomap: nullable('tomap', (v) => {
    if (!isObjectValue(v)) throw new ExpressionEvalError(`cannot convert a ${typeName(v)} to a map`)
    return v as TfObject
  }),
  /** Sensitivity only hides a value in Terraform's output; the value is the same. */
  sensitive: (args) => {
    checkArity('sensitive', args, 1)
    return args[0] as TfValue
  },
  nonsensitive: (args) => {
    checkArity('nonsensitive', args, 1)
    return args[0] as TfValue
  },
  type: (args) => {
    checkArity('type', args, 1)
    return isPending(args[0] as TfValue) ? 'dynamic' : typeName(args[0] as TfValue)
  },
}
