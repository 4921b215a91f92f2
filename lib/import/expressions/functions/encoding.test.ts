import { describe, expect, it } from 'vitest'
import type { TfValue } from '../../types'
import { evaluateExpression, ExpressionEvalError } from '../index'
import { testScope } from '../scope.test-helper'

const ev = (source: string) => evaluateExpression(source, testScope({}))

// Each example is the one on its function's page, developer.hashicorp.com/terraform/language/functions/<name>.
describe('encoding functions (Terraform docs, one page per function)', () => {
  it.each<[string, TfValue]>([
    ['base64encode("Hello World")', 'SGVsbG8gV29ybGQ='],
    ['base64decode("SGVsbG8gV29ybGQ=")', 'Hello World'],
    ['base64decode(base64encode("☃ é"))', '☃ é'],
    ['jsonencode({"hello" = "world"})', '{"hello":"world"}'],
    ['jsonencode({b = [1, true, null], a = "<&>"})', '{"a":"\\u003c\\u0026\\u003e","b":[1,true,null]}'],
    ['jsondecode("{\\"hello\\": \\"world\\"}")', { hello: 'world' }],
    ['jsondecode("true")', true],
    ['yamlencode({"a" = "b", "c" = "d"})', '"a": "b"\n"c": "d"\n'],
    ['yamlencode({"foo" = [1, 2, 3], "bar" = "baz"})', '"bar": "baz"\n"foo":\n- 1\n- 2\n- 3\n'],
    ['yamlencode({"foo" = [1, {"a" = "b", "c" = "d"}, 3], "bar" = "baz"})', '"bar": "baz"\n"foo":\n- 1\n- "a": "b"\n  "c": "d"\n- 3\n'],
    ['urlencode("Hello World!")', 'Hello+World%21'],
    ['urlencode("☃")', '%E2%98%83'],
    ['urlencode("foo:bar@localhost?foo=bar&bar=baz")', 'foo%3Abar%40localhost%3Ffoo%3Dbar%26bar%3Dbaz'],
  ])('%s = %j', (source, expected) => {
    expect(ev(source)).toEqual(expected)
  })

  it('refuses JSON that does not parse, or nests past the bound, quickly', () => {
    expect(() => ev('jsondecode("{")')).toThrow(ExpressionEvalError)
    const started = Date.now()
    expect(() => ev(`jsondecode("${'['.repeat(5000)}${']'.repeat(5000)}")`)).toThrow(/deeper than 200/)
    expect(Date.now() - started).toBeLessThan(1000)
  })
})
