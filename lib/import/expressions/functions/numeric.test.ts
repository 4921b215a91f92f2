import { describe, expect, it } from 'vitest'
import type { TfValue } from '../../types'
import { evaluateExpression, ExpressionEvalError } from '../index'
import { testScope } from '../scope.test-helper'

const ev = (source: string) => evaluateExpression(source, testScope({}))

// Each example is the one on its function's page, developer.hashicorp.com/terraform/language/functions/<name>.
describe('numeric functions (Terraform docs, one page per function)', () => {
  it.each<[string, TfValue]>([
    ['abs(23)', 23],
    ['abs(0)', 0],
    ['abs(-12.4)', 12.4],
    ['ceil(5)', 5],
    ['ceil(5.1)', 6],
    ['floor(4.9)', 4],
    ['floor(5)', 5],
    ['log(16, 2)', 4],
    ['max(12, 54, 3)', 54],
    ['max([12, 54, 3]...)', 54],
    ['min(12, 54, 3)', 3],
    ['min([12, 54, 3]...)', 3],
    ['parseint("100", 10)', 100],
    ['parseint("FF", 16)', 255],
    ['parseint("-10", 16)', -16],
    ['parseint("1011111011101111", 2)', 48879],
    ['parseint("aA", 62)', 656],
    ['pow(3, 2)', 9],
    ['pow(4, 0)', 1],
    ['signum(-13)', -1],
    ['signum(0)', 0],
    ['signum(344)', 1],
    ['sum([10, 13, 6, 4.5])', 33.5],
    ['abs("-3")', 3],
  ])('%s = %j', (source, expected) => {
    expect(ev(source)).toEqual(expected)
  })

  it('refuses what Terraform refuses', () => {
    expect(() => ev('parseint("12", 2)')).toThrow(ExpressionEvalError)
    expect(() => ev('sum([])')).toThrow(ExpressionEvalError)
    expect(() => ev('max()')).toThrow(/at least 1/)
    expect(() => ev('abs("x")')).toThrow(/must be a number/)
  })
})
