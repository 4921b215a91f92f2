import { describe, expect, it } from 'vitest'
import { evaluateExpression, evaluateJson, evaluateString, ExpressionEvalError, ExpressionSyntaxError, referencedRoots } from './index'
import { testScope } from './scope.test-helper'

const scope = testScope({ var: { x: 1, list: [1, 2] } })

function syntaxError(run: () => unknown): ExpressionSyntaxError {
  try {
    run()
  } catch (e) {
    if (e instanceof ExpressionSyntaxError) return e
    throw e
  }
  throw new Error('expected a syntax error')
}

describe('syntax errors', () => {
  it.each<[string, number]>([
    ['var.x +', 7],
    ['[1, 2', 5],
    ['foo(1 2)', 6],
    ['{ a = 1 b = 2 }', 8],
    ['"\\q"', 1],
    ['"unterminated', 13],
    ['1 ? 2', 5],
    ['[for x in var.list x]', 19],
    ['@', 0],
    ['var.x var.y', 6],
  ])('%j fails at offset %i with import.syntax-error', (source, offset) => {
    const e = syntaxError(() => evaluateExpression(source, scope))
    expect(e.code).toBe('import.syntax-error')
    expect(e.params.expression).toBe(source)
    expect(e.params.detail.length).toBeGreaterThan(0)
    expect(e.offset).toBe(offset)
  })

  it.each(['${var.x', 'a %{ if true }b', 'a %{ endif }', '%{ for x in var.list }x', '%{ bogus }', '${}', '${ [for x in var.list : x }'])('the template %j is refused', (text) => {
    expect(syntaxError(() => evaluateString(text, scope)).code).toBe('import.syntax-error')
  })

  it('reads comments and newlines between tokens', () => {
    expect(evaluateExpression('1 + # one\n 2 /* two */ + // three\n 3', scope)).toBe(6)
    expect(evaluateExpression('[\n  1,\n  2,\n]', scope)).toEqual([1, 2])
  })

  it('reads a dash inside a name, as HCL does', () => {
    const s = testScope({ var: { 'my-name': 'ok' } })
    expect(evaluateExpression('var.my-name', s)).toBe('ok')
    expect(evaluateExpression('var.my-name == "ok"', s)).toBe(true)
  })
})

describe('evaluation errors', () => {
  it('name the text and the offset of the part that failed (import.eval-error)', () => {
    try {
      evaluateString('zones: ${var.list[5]}', scope)
      throw new Error('expected an evaluation error')
    } catch (e) {
      expect(e).toBeInstanceOf(ExpressionEvalError)
      const error = e as ExpressionEvalError
      expect(error.code).toBe('import.eval-error')
      expect(error.params).toEqual({ detail: 'the index 5 is out of range for a list of 2 elements', expression: 'zones: ${var.list[5]}' })
      expect(error.offset).toBe(17)
    }
  })
})

describe('hostile input fails fast with an error, never a hang or a stack overflow', () => {
  const fast = (run: () => unknown, error: new (...args: never[]) => Error) => {
    const started = Date.now()
    expect(run).toThrow(error)
    expect(Date.now() - started).toBeLessThan(2000)
  }

  it.each<[string, string]>([
    ['deep parentheses', `${'('.repeat(20_000)}1${')'.repeat(20_000)}`],
    ['deep lists', `${'['.repeat(20_000)}${']'.repeat(20_000)}`],
    ['deep objects', `${'{a='.repeat(10_000)}1${'}'.repeat(10_000)}`],
    ['a long chain of operators', Array(30_000).fill('1').join('+')],
    ['a long chain of attributes', `var${'.x'.repeat(30_000)}`],
    ['many negations', `${'!'.repeat(50_000)}true`],
    ['nested templates', `${'"${'.repeat(5_000)}1${'}"'.repeat(5_000)}`],
    ['nested conditionals', `${'true ? '.repeat(10_000)}1${' : 2'.repeat(10_000)}`],
    ['an expression over 100,000 characters', `"${'a'.repeat(100_001)}"`],
  ])('%s', (_, source) => {
    fast(() => evaluateExpression(source, scope), ExpressionSyntaxError)
    fast(() => referencedRoots(source), ExpressionSyntaxError)
  })

  it('refuses nested template directives past the bound', () => {
    fast(() => evaluateString(`${'%{ if true }'.repeat(5_000)}x${'%{ endif }'.repeat(5_000)}`, scope), ExpressionSyntaxError)
  })

  it.each<[string, string]>([
    ['a huge range', 'range(1000000000)'],
    ['an infinite range', 'range(0, 1e400)'],
    ['nested loops past 100,000 elements', '[for a in range(1000) : [for b in range(1000) : b]]'],
    ['a huge set product', 'setproduct(range(1000), range(1000))'],
    ['a huge string', 'join("", [for i in range(10000) : join("", [for j in range(200) : "aaaaa"])])'],
    ['try() retrying past the bound', '[for i in range(10000) : try([for j in range(10000) : j], 0)]'],
    ['a number too large', 'pow(10, 400)'],
    ['reading a large list again and again', '[for i in range(10000) : contains(range(10000), i)]'],
    ['comparing large lists again and again', '[for i in range(10000) : range(5000) == range(5000)]'],
    ['an indent that multiplies a text', 'indent(1000, join("\\n", range(9000)))'],
    ['a separator that multiplies a text', 'join(join("", [for i in range(5000) : "aaaaaaaaaa"]), range(5000))'],
    ['a replacement that multiplies a text', 'replace(join("", [for i in range(5000) : "aaaaaaaaaa"]), "a", join("", [for i in range(200) : "bbbbb"]))'],
    ['formatlist of long lines', 'formatlist("%s", [for i in range(5000) : join("", [for j in range(50) : "cccccccccccccccccccc"])])'],
  ])('%s', (_, source) => {
    fast(() => evaluateExpression(source, scope), ExpressionEvalError)
  })

  it('refuses a JSON value nested past the bound', () => {
    let deep: unknown = 'x'
    for (let i = 0; i < 10_000; i++) deep = [deep]
    fast(() => evaluateJson(deep, scope), ExpressionEvalError)
  })

  it('refuses a value that doubles through a chain of locals, each holding the last twice', () => {
    let value: unknown = 'x'
    let failed = false
    const started = Date.now()
    for (let i = 0; i < 60 && !failed; i++) {
      try {
        value = evaluateExpression('[local.v, local.v]', testScope({ local: { v: value as string } }))
        evaluateExpression('jsonencode(local.v)', testScope({ local: { v: value as string } }))
      } catch (e) {
        expect(e).toBeInstanceOf(ExpressionEvalError)
        failed = true
      }
    }
    expect(failed).toBe(true)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('refuses reading one large value again and again within one expression', () => {
    const big = Array.from({ length: 1000 }, (_, i) => i)
    fast(() => evaluateExpression('jsonencode([for i in range(2000) : local.big])', testScope({ local: { big } })), ExpressionEvalError)
    fast(() => evaluateExpression('[for i in range(2000) : local.big == local.big]', testScope({ local: { big } })), ExpressionEvalError)
  })

  it('refuses a value fed back through a scope once it nests past the bound', () => {
    let value: unknown = 1
    let failed = false
    for (let i = 0; i < 100 && !failed; i++) {
      try {
        value = evaluateExpression('[[[[[[[[[[local.v]]]]]]]]]]', testScope({ local: { v: value as number } }))
      } catch (e) {
        expect(e).toBeInstanceOf(ExpressionEvalError)
        failed = true
      }
    }
    expect(failed).toBe(true)
  })
})

describe('referencedRoots', () => {
  it.each<[string, string[]]>([
    ['${cidrsubnet(var.cidr, 8, count.index)}', ['var.cidr', 'count.index']],
    ['app-${var.env}-%{ if local.ha }ha%{ endif }', ['var.env', 'local.ha']],
    ['${aws_subnet.app[0].id}', ['aws_subnet.app']],
    ['${aws_subnet.app[*].id}', ['aws_subnet.app']],
    ['${module.net.private_subnets}', ['module.net']],
    ['${[for s in aws_subnet.app : s.id if s.tags[var.k] != local.x]}', ['aws_subnet.app', 'var.k', 'local.x']],
    ['${{ for k, v in var.m : k => each.value }}', ['var.m', 'each.value']],
    ['%{ for z in var.zones }${z}-${path.module}%{ endfor }', ['var.zones', 'path.module']],
    ['${data.aws_ami.ubuntu.id}', ['data.aws_ami.ubuntu']],
    ['${var.a}${var.a}', ['var.a']],
    ['var.x + local.y', ['var.x', 'local.y']],
    ['plain text', []],
  ])('%s reads %j', (source, expected) => {
    expect(referencedRoots(source)).toEqual(expected)
  })
})
