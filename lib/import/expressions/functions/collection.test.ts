import { describe, expect, it } from 'vitest'
import type { TfValue } from '../../types'
import { evaluateExpression, ExpressionEvalError } from '../index'
import { testScope } from '../scope.test-helper'

const ev = (source: string) => evaluateExpression(source, testScope({}))

// Each example is the one on its function's page, developer.hashicorp.com/terraform/language/functions/<name>.
describe('collection functions (Terraform docs, one page per function)', () => {
  it.each<[string, TfValue]>([
    ['alltrue(["true", true])', true],
    ['alltrue([true, false])', false],
    ['alltrue([])', true],
    ['anytrue(["true"])', true],
    ['anytrue([true, false])', true],
    ['anytrue([])', false],
    ['chunklist(["a", "b", "c", "d", "e"], 2)', [['a', 'b'], ['c', 'd'], ['e']]],
    ['chunklist(["a", "b", "c", "d", "e"], 1)', [['a'], ['b'], ['c'], ['d'], ['e']]],
    ['coalesce("a", "b")', 'a'],
    ['coalesce("", "b")', 'b'],
    ['coalesce(1, 2)', 1],
    ['coalesce(["", "b"]...)', 'b'],
    ['coalesce(null, "x")', 'x'],
    ['coalescelist(["a", "b"], ["c", "d"])', ['a', 'b']],
    ['coalescelist([], ["c", "d"])', ['c', 'd']],
    ['compact(["a", "", "b", "c"])', ['a', 'b', 'c']],
    ['compact(["a", null, "b"])', ['a', 'b']],
    ['concat(["a", ""], ["b", "c"])', ['a', '', 'b', 'c']],
    ['contains(["a", "b", "c"], "a")', true],
    ['contains(["a", "b", "c"], "d")', false],
    ['distinct(["a", "b", "a", "c", "d", "b"])', ['a', 'b', 'c', 'd']],
    ['element(["a", "b", "c"], 1)', 'b'],
    ['element(["a", "b", "c"], 3)', 'a'],
    ['element(["a", "b", "c"], length(["a", "b", "c"]) - 1)', 'c'],
    ['flatten([["a", "b"], [], ["c"]])', ['a', 'b', 'c']],
    ['flatten([[["a", "b"], []], ["c"]])', ['a', 'b', 'c']],
    ['index(["a", "b", "c"], "b")', 1],
    ['keys({a = 1, c = 2, d = 3})', ['a', 'c', 'd']],
    ['keys({b = 1, a = 2})', ['a', 'b']],
    ['length([])', 0],
    ['length(["a", "b"])', 2],
    ['length({"a" = "b"})', 1],
    ['length("hello")', 5],
    ['lookup({a = "ay", b = "bee"}, "a", "what?")', 'ay'],
    ['lookup({a = "ay", b = "bee"}, "c", "what?")', 'what?'],
    ['matchkeys(["i-123", "i-abc", "i-def"], ["us-west", "us-east", "us-east"], ["us-east"])', ['i-abc', 'i-def']],
    ['merge({a = "b", c = "d"}, {e = "f", c = "z"})', { a: 'b', c: 'z', e: 'f' }],
    ['merge({a = "b"}, {a = [1, 2], c = "z"}, {d = 3})', { a: [1, 2], c: 'z', d: 3 }],
    ['merge({a = 1}, null)', { a: 1 }],
    ['one([])', null],
    ['one(["hello"])', 'hello'],
    ['range(3)', [0, 1, 2]],
    ['range(1, 4)', [1, 2, 3]],
    ['range(1, 8, 2)', [1, 3, 5, 7]],
    ['range(1, 4, 0.5)', [1, 1.5, 2, 2.5, 3, 3.5]],
    ['range(4, 1)', [4, 3, 2]],
    ['range(10, 5, -2)', [10, 8, 6]],
    ['reverse([1, 2, 3])', [3, 2, 1]],
    ['setintersection(["a", "b"], ["b", "c"], ["b", "d"])', ['b']],
    ['setproduct(["development", "staging"], ["app1", "app2"])', [['development', 'app1'], ['development', 'app2'], ['staging', 'app1'], ['staging', 'app2']]],
    ['setsubtract(["a", "b", "c"], ["a", "c"])', ['b']],
    ['sort(setunion(["a", "b"], ["b", "c"], ["d"]))', ['a', 'b', 'c', 'd']],
    ['slice(["a", "b", "c", "d"], 1, 3)', ['b', 'c']],
    ['sort(["e", "d", "a", "x"])', ['a', 'd', 'e', 'x']],
    ['transpose({"a" = ["1", "2"], "b" = ["2", "3"]})', { '1': ['a'], '2': ['a', 'b'], '3': ['b'] }],
    ['values({a = 3, c = 2, d = 1})', [3, 2, 1]],
    ['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
  ])('%s = %j', (source, expected) => {
    expect(ev(source)).toEqual(expected)
  })

  it('refuses what Terraform refuses', () => {
    for (const source of ['one(["hello", "goodbye"])', 'index(["a"], "z")', 'lookup({a = 1}, "b")', 'slice([1, 2], 1, 5)', 'zipmap(["a"], [1, 2])', 'element([], 0)', 'range(1, 2, 0)', 'coalesce("", null)']) {
      expect(() => ev(source), source).toThrow(ExpressionEvalError)
    }
  })
})
