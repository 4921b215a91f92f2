import type { TfValue } from '../../types'
import { ExpressionEvalError } from '../errors'
import { toInteger, toList, toNumber, toStr } from '../values'
import { checkArity, type TfFunction } from './function'

const unary = (name: string, f: (n: number) => number): TfFunction => (args) => {
  checkArity(name, args, 1)
  return f(toNumber(args[0] as TfValue, `the argument of ${name}()`))
}

const extreme = (name: string, pick: (...n: number[]) => number): TfFunction => (args) => {
  checkArity(name, args, 1, Infinity)
  return pick(...args.map((a) => toNumber(a, `an argument of ${name}()`)))
}

/** Terraform's numeric functions (developer.hashicorp.com/terraform/language/functions, "Numeric Functions"). */
export const numericFunctions: Record<string, TfFunction> = {
  abs: unary('abs', Math.abs),
  ceil: unary('ceil', Math.ceil),
  floor: unary('floor', Math.floor),
  signum: (args) => {
    checkArity('signum', args, 1)
    return Math.sign(toInteger(args[0] as TfValue, 'the argument of signum()'))
  },
  max: extreme('max', Math.max),
  min: extreme('min', Math.min),
  pow: (args) => {
    checkArity('pow', args, 2)
    return toNumber(args[0] as TfValue) ** toNumber(args[1] as TfValue)
  },
  log: (args) => {
    checkArity('log', args, 2)
    return Math.log(toNumber(args[0] as TfValue)) / Math.log(toNumber(args[1] as TfValue))
  },
  /** parseint("FF", 16) = 255; bases 2 to 62 (digits, then a-z, then A-Z). */
  parseint: (args) => {
    checkArity('parseint', args, 2)
    const text = toStr(args[0] as TfValue, 'the number text')
    const base = toInteger(args[1] as TfValue, 'the base')
    if (base < 2 || base > 62) throw new ExpressionEvalError(`parseint() needs a base from 2 to 62, not ${base}`)
    const digits = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'.slice(0, base)
    const sign = text.startsWith('-') ? -1 : 1
    const body = text.replace(/^[-+]/, '')
    if (body === '') throw new ExpressionEvalError(`cannot parse ${JSON.stringify(text)} as a base ${base} integer`)
    let n = 0
    for (const ch of body) {
      const d = digits.indexOf(base <= 36 ? ch.toLowerCase() : ch)
      if (d < 0) throw new ExpressionEvalError(`cannot parse ${JSON.stringify(text)} as a base ${base} integer`)
      n = n * base + d
    }
    return sign * n
  },
  sum: (args) => {
    checkArity('sum', args, 1)
    const list = toList(args[0] as TfValue, 'the argument of sum()')
    if (list.length === 0) throw new ExpressionEvalError('sum() cannot add up an empty list')
    return list.reduce<number>((total, v) => total + toNumber(v, 'an element of sum()'), 0)
  },
}
