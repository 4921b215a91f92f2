import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { TfValue } from '../types'
import { evaluateExpression, evaluateString, ExpressionEvalError, ExpressionSyntaxError, referencedRoots } from './index'
import { handle, testScope } from './scope.test-helper'

/** Pieces of Terraform's syntax, joined at random: mostly nonsense, sometimes an expression. */
const PIECES = [
  'var', 'local', 'aws_vpc', '.', 'x', 'list', 'main', 'id', '[', ']', '(', ')', '{', '}', '"', '${', '%{', '~', 'if', 'else', 'endif', 'for', 'endfor', 'in',
  ':', '=>', '...', ',', '?', '=', '1', '0', '1e3', '-', '!', '==', '&&', '||', '*', '/', '%', '+', '<', 'range', 'upper', 'concat', 'merge', 'try', 'can',
  'jsonencode', 'regex', 'cidrsubnet', 'lookup', 'flatten', '"a"', '"10.0.0.0/16"', '<<EOT\n', '\nEOT\n', ' ', '\n', '__proto__', 'constructor', 'toString',
  'null', 'true', '#', '/*', '*/', '\\', '$$', '%%', '[*]', '.*', 'each', 'count', 'index',
]
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((pieces) => pieces.join(''))

const scope = testScope({
  var: { x: 'v', list: [1, 2, { id: 'n' }], main: { id: 3 } },
  local: { x: [{ x: 1 }], list: { a: 'b' } },
  aws_vpc: { main: handle('aws_vpc.main', { id: 'vpc-1' }), x: [handle('aws_vpc.x[0]')] },
  each: { key: 'k', value: { id: 1 } },
  count: { index: 0 },
})

/** An answer, or one of the evaluator's own errors: never a crash, never a changed Object.prototype. */
function expectClearOutcome(run: () => TfValue | string[]): void {
  try {
    const value = run()
    expect(() => JSON.stringify(value)).not.toThrow()
  } catch (e) {
    if (!(e instanceof ExpressionSyntaxError) && !(e instanceof ExpressionEvalError)) throw e
    expect(e.params.detail.length).toBeGreaterThan(0)
  }
  expect(Object.prototype).toEqual({})
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
}

describe('any text', () => {
  it('evaluates as a template, or fails with import.syntax-error or import.eval-error', () => {
    fc.assert(fc.property(text, (t) => expectClearOutcome(() => evaluateString(t, scope))), { numRuns: 1500 })
  })

  it('evaluates as an interpolation, or fails the same way', () => {
    fc.assert(fc.property(text, (t) => expectClearOutcome(() => evaluateString(`\${${t}}`, scope))), { numRuns: 1500 })
  })

  it('evaluates as a bare expression and names what it reads, or fails the same way', () => {
    fc.assert(
      fc.property(text, (t) => {
        expectClearOutcome(() => evaluateExpression(t, scope))
        expectClearOutcome(() => referencedRoots(t))
      }),
      { numRuns: 1500 },
    )
  })

  it('keeps a key named __proto__ as data', () => {
    expect(evaluateExpression('{ "__proto__" = { polluted = true } }', scope)).toEqual(JSON.parse('{"__proto__":{"polluted":true}}'))
    expect(Object.keys(evaluateExpression('merge({}, { "__proto__" = 1 })', scope) as object)).toEqual(['__proto__'])
    expect(evaluateExpression('zipmap(["__proto__"], [1])', scope)).toEqual(JSON.parse('{"__proto__":1}'))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
