import { describe, expect, it } from 'vitest'
import type { TfValue } from '../../types'
import { evaluateExpression, ExpressionEvalError } from '../index'
import { testScope } from '../scope.test-helper'

const ev = (source: string) => evaluateExpression(source, testScope({}))

// developer.hashicorp.com/terraform/language/functions/<name>, "Type Conversion Functions".
describe('type conversion functions (Terraform docs, one page per function)', () => {
  it.each<[string, TfValue]>([
    ['tobool(true)', true],
    ['tobool("true")', true],
    ['tobool(null)', null],
    ['tonumber(1)', 1],
    ['tonumber("1")', 1],
    ['tonumber(null)', null],
    ['tostring("hello")', 'hello'],
    ['tostring(1)', '1'],
    ['tostring(true)', 'true'],
    ['tostring(null)', null],
    ['tolist(["a", "b", "c"])', ['a', 'b', 'c']],
    ['tolist(["a", "b", 3])', ['a', 'b', '3']],
    ['toset(["a", "b", "c"])', ['a', 'b', 'c']],
    ['toset(["c", "b", "b"])', ['b', 'c']],
    ['toset(["a", "b", 3])', ['3', 'a', 'b']],
    ['tomap({"a" = 1, "b" = 2})', { a: 1, b: 2 }],
    ['sensitive("secret")', 'secret'],
    ['nonsensitive("x")', 'x'],
  ])('%s = %j', (source, expected) => {
    expect(ev(source)).toEqual(expected)
  })

  it('refuses a conversion Terraform refuses', () => {
    for (const source of ['tobool("no")', 'tonumber("hello")', 'tostring([])', 'tolist({a = 1})', 'tomap([1])']) {
      expect(() => ev(source), source).toThrow(ExpressionEvalError)
    }
  })
})
