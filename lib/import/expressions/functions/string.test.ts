import { describe, expect, it } from 'vitest'
import type { TfValue } from '../../types'
import { evaluateExpression, ExpressionEvalError } from '../index'
import { testScope } from '../scope.test-helper'

const ev = (source: string) => evaluateExpression(source, testScope({}))

// Each example is the one on its function's page, developer.hashicorp.com/terraform/language/functions/<name>.
describe('string functions (Terraform docs, one page per function)', () => {
  it.each<[string, TfValue]>([
    ['chomp("hello\\n")', 'hello'],
    ['chomp("hello\\r\\n")', 'hello'],
    ['chomp("hello\\n\\n")', 'hello'],
    ['format("Hello, %s!", "Ander")', 'Hello, Ander!'],
    ['format("There are %d lights", 4)', 'There are 4 lights'],
    ['format("%#v", "hello")', '"hello"'],
    ['format("%#v", true)', 'true'],
    ['format("%#v", 1)', '1'],
    ['format("%#v", {a = 1})', '{"a":1}'],
    ['format("%#v", null)', 'null'],
    ['format("%-5s|%03d|%.2f|%5.1f", "ab", 7, 3.14159, 2.25)', 'ab   |007|3.14|  2.2'], // an exact tie rounds to even, as terraform console prints it
    ['format("%[2]s-%[1]s", "a", "b")', 'b-a'],
    ['format("%x %X %o %b %%", 255, 255, 8, 5)', 'ff FF 10 101 %'],
    ['format("%t %v %q", true, 12, "q")', 'true 12 "q"'],
    ['format("%e", 1234.5678)', '1.234568e+03'],
    ['formatlist("Hello, %s!", ["Valentina", "Ander"])', ['Hello, Valentina!', 'Hello, Ander!']],
    ['formatlist("%s, %s%s", "Salutations", ["Valentina", "Ander"], "!")', ['Salutations, Valentina!', 'Salutations, Ander!']],
    ['indent(2, "[\\n  foo,\\n  bar,\\n]\\n")', '[\n    foo,\n    bar,\n  ]\n  '],
    ['join("-", ["foo", "bar", "baz"])', 'foo-bar-baz'],
    ['join(", ", ["foo"])', 'foo'],
    ['join(",", ["a"], ["b", 1])', 'a,b,1'],
    ['lower("HELLO")', 'hello'],
    ['lower("АЛЛО!")', 'алло!'],
    ['upper("hello")', 'HELLO'],
    ['replace("1 + 2 + 3", "+", "-")', '1 - 2 - 3'],
    ['replace("hello world", "/w.*d/", "everybody")', 'hello everybody'],
    ['replace("a-1 b-2", "/([a-z])-(\\\\d)/", "$2$${1}")', '1a 2b'],
    ['split(",", "foo,bar,baz")', ['foo', 'bar', 'baz']],
    ['split(",", "foo")', ['foo']],
    ['split(",", "")', ['']],
    ['strrev("hello")', 'olleh'],
    ['strrev("a ☃")', '☃ a'],
    ['substr("hello world", 1, 4)', 'ello'],
    ['substr("🤔🤷", 0, 1)', '🤔'],
    ['substr("hello world", -5, -1)', 'world'],
    ['substr("hello world", 6, 10)', 'world'],
    ['title("hello world")', 'Hello World'],
    ['trim("?!hello?!", "!?")', 'hello'],
    ['trim("foobar", "far")', 'oob'],
    ['trim("   hello! world.!  ", "! ")', 'hello! world.'],
    ['trimprefix("helloworld", "hello")', 'world'],
    ['trimprefix("helloworld", "cat")', 'helloworld'],
    ['trimsuffix("helloworld", "world")', 'hello'],
    ['trimspace("  hello\\n\\n")', 'hello'],
    ['startswith("hello world", "hello")', true],
    ['startswith("hello world", "world")', false],
    ['endswith("hello world", "world")', true],
    ['strcontains("hello world", "wor")', true],
    ['regex("[a-z]+", "53453453.345345aaabbbccc23454")', 'aaabbbccc'],
    ['regex("(\\\\d\\\\d\\\\d\\\\d)-(\\\\d\\\\d)-(\\\\d\\\\d)", "2019-02-01")', ['2019', '02', '01']],
    ['regex("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?", "https://terraform.io/docs/")', { scheme: 'https', authority: 'terraform.io' }],
    ['regex("(?i)^ARN:", "arn:aws:iam::123:role/x")', 'arn:'],
    ['regexall("[a-z]+", "1234abcd5678efgh9")', ['abcd', 'efgh']],
    ['length(regexall("[a-z]+", "123456789")) > 0', false],
    ['regex("^arn:aws:iam::(\\\\d+):role/(.+)$", "arn:aws:iam::123456789012:role/app")', ['123456789012', 'app']],
    ['length("👾🕹️")', 2],
  ])('%s = %j', (source, expected) => {
    expect(ev(source)).toEqual(expected)
  })

  it('refuses a pattern that does not match, and patterns RE2 does not run', () => {
    expect(() => ev('regex("[a-z]+", "53453453.34534523454")')).toThrow(ExpressionEvalError)
    expect(() => ev('regex("(a)\\\\1", "aa")')).toThrow(/back-references/)
    expect(() => ev('regex("(?=a)", "a")')).toThrow(/look-arounds/)
  })

  it.each(['(a+)+$', '((a+))+$', '(a|a)*$', '(?:(a*)c?)*$'])('refuses %s, which would backtrack for ever, and returns at once', (pattern) => {
    const started = Date.now()
    expect(() => ev(`regex("${pattern}", "${'a'.repeat(40)}b")`)).toThrow(/repeats a group that repeats or chooses/)
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('runs the repetitions real patterns use', () => {
    expect(ev('regex("^(\\\\d+\\\\.){3}\\\\d+$", "10.0.0.1")')).toEqual(['0.'])
    expect(ev('regex("^(?:ab|cd){2}", "abcd")')).toBe('abcd')
  })

  it('refuses a format with too few arguments or an absurd width', () => {
    expect(() => ev('format("%s %s", "a")')).toThrow(/too few arguments/)
    expect(() => ev('format("%999999d", 1)')).toThrow(/widths/)
  })
})
