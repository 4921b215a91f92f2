import type { TfValue } from '../types'
import type { BinaryOp } from './ast'
import { ExpressionEvalError } from './errors'
import { computedFrom, isPending, toBool, toNumber, valuesEqual } from './values'

export function evaluateUnary(op: '!' | '-', operand: TfValue): TfValue {
  if (isPending(operand)) return computedFrom(operand)
  return op === '!' ? !toBool(operand, 'the operand of !') : -toNumber(operand, 'the operand of -')
}

/**
 * Terraform's binary operators. Arithmetic and comparison convert strings of digits to numbers
 * ("2" + 1 = 3); `==` compares type and value ("1" == 1 is false). `&&` and `||` answer as soon
 * as one known side decides, so `false && unknown` is false. Terraform computes in decimal, so a
 * fraction is kept to 15 significant digits: 0.1 + 0.2 = 0.3, as `terraform console` prints it.
 */
export function evaluateBinary(op: BinaryOp, left: TfValue, readRight: () => TfValue, chargeComparison: (a: TfValue, b: TfValue) => void): TfValue {
  if (op === '&&' || op === '||') return evaluateLogical(op, left, readRight)
  const right = readRight()
  if (op === '==' || op === '!=') {
    chargeComparison(left, right)
    return valuesEqual(left, right) === (op === '==')
  }
  if (isPending(left) || isPending(right)) return computedFrom(left, right)
  const a = toNumber(left, `the left operand of ${op}`)
  const b = toNumber(right, `the right operand of ${op}`)
  const result = finite(arithmetic(op, a, b))
  return typeof result === 'number' && !Number.isInteger(result) ? Number(result.toPrecision(15)) : result
}

/** Terraform's numbers are arbitrary-precision; a result JavaScript cannot hold is refused rather than made Infinity. */
export function finite<T>(n: T): T {
  if (typeof n === 'number' && !Number.isFinite(n)) throw new ExpressionEvalError('the number is too large')
  return n
}

function arithmetic(op: Exclude<BinaryOp, '&&' | '||' | '==' | '!='>, a: number, b: number): number | boolean {
  switch (op) {
    case '+':
      return a + b
    case '-':
      return a - b
    case '*':
      return a * b
    case '/':
      if (b === 0) throw new ExpressionEvalError('division by zero')
      return a / b
    case '%':
      if (b === 0) throw new ExpressionEvalError('modulo by zero')
      return a % b
    case '>':
      return a > b
    case '>=':
      return a >= b
    case '<':
      return a < b
    case '<=':
      return a <= b
  }
}

function evaluateLogical(op: '&&' | '||', left: TfValue, readRight: () => TfValue): TfValue {
  const decisive = op === '||'
  if (!isPending(left) && toBool(left, `the left operand of ${op}`) === decisive) return decisive
  const right = readRight()
  if (!isPending(right) && toBool(right, `the right operand of ${op}`) === decisive) return decisive
  if (isPending(left) || isPending(right)) return computedFrom(left, right)
  return !decisive
}
