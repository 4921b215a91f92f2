import type { TfObject, TfValue } from '../../types'
import { ExpressionEvalError } from '../errors'
import { isObjectValue, requireKnown, setEntry, toBool, toNumber, toStr, typeName } from '../values'
import { distinctValues } from './collection'
import { checkArity, type TfFunction } from './function'
import { orderSet, unifyPrimitives } from '../unify'

const nullable = (name: string, convert: (v: TfValue) => TfValue): TfFunction => (args) => {
  checkArity(name, args, 1)
  const v = args[0] as TfValue
  requireKnown(v)
  return v === null ? null : convert(v)
}

function asCollection(v: TfValue, target: string): TfValue[] {
  if (Array.isArray(v)) return unifyPrimitives(v)
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
    const keys = Object.keys(v)
    const unified = unifyPrimitives(keys.map((k) => (v as TfObject)[k] as TfValue))
    const out: TfObject = {}
    keys.forEach((k, i) => setEntry(out, k, unified[i] as TfValue))
    return out
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
}
