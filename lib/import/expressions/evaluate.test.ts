import { describe, expect, it } from 'vitest'
import type { TfValue } from '../types'
import { evaluateExpression, evaluateJson, evaluateString, ExpressionEvalError, isResourceHandle } from './index'
import { handle, testScope } from './scope.test-helper'

const scope = testScope({
  var: { cidr: '10.0.0.0/16', env: 'prod', ha: true, zones: ['a', 'b', 'c'], tags: { Team: 'core', App: 'web' }, n: '2', nothing: null },
  local: { flags: [true, false], nested: { list: [{ port: 80 }, { port: 443 }] } },
  count: { index: 1 },
  each: { key: 'a', value: { cidr: '10.0.1.0/24' } },
})

const ev = (source: string, s = scope): TfValue => evaluateExpression(source, s)

// developer.hashicorp.com/terraform/language/expressions/types, "Literal Expressions"
describe('literals (Terraform docs, "Types and Values")', () => {
  it.each<[string, TfValue]>([
    ['1', 1],
    ['1.5', 1.5],
    ['1e3', 1000],
    ['-2', -2],
    ['true', true],
    ['false', false],
    ['null', null],
    ['"a\\nb"', 'a\nb'],
    ['"q\\"uote\\\\"', 'q"uote\\'],
    ['"\\u00e9"', 'é'],
    ['[]', []],
    ['[1, "a", true,]', [1, 'a', true]],
    ['{ a = 1, "b" : 2 }', { a: 1, b: 2 }],
    ['{\n  a = 1\n  b = [1,\n 2]\n}', { a: 1, b: [1, 2] }],
    ['{ (var.env) = 1 }', { prod: 1 }],
    ['{ "k-${var.env}" = 1 }', { 'k-prod': 1 }],
  ])('%s', (source, expected) => {
    expect(ev(source)).toEqual(expected)
  })
})

// developer.hashicorp.com/terraform/language/expressions/operators
describe('operators (Terraform docs, "Arithmetic and Logical Operators")', () => {
  it.each<[string, TfValue]>([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 / 4', 2.5],
    ['7 % 3', 1],
    ['"2" + 1', 3],
    ['var.n * 3', 6],
    ['-var.n', -2],
    ['!true', false],
    ['1 < 2 && 2 <= 2', true],
    ['3 > 4 || 4 >= 4', true],
    ['1 == 1', true],
    ['"1" == 1', false],
    ['[1, 2] == [1, 2]', true],
    ['{ a = 1 } != { a = 2 }', true],
    ['null == null', true],
    ['1 + 1 == 2 ? "yes" : "no"', 'yes'],
    ['false ? 1 : true ? 2 : 3', 2],
    ['var.ha && !false', true],
  ])('%s = %j', (source, expected) => {
    expect(ev(source)).toEqual(expected)
  })

  it('refuses arithmetic on a word, as Terraform does', () => {
    expect(() => ev('"abc" + 1')).toThrow(ExpressionEvalError)
    expect(() => ev('1 / 0')).toThrow(/division by zero/)
  })
})

describe('references and traversal', () => {
  it.each<[string, TfValue]>([
    ['var.zones[1]', 'b'],
    ['var.zones.0', 'a'],
    ['var.tags["Team"]', 'core'],
    ['var.tags.App', 'web'],
    ['local.nested.list[1].port', 443],
    ['local.nested.list[*].port', [80, 443]],
    ['local.nested.list.*.port', [80, 443]],
    ['var.nothing[*]', []],
    ['var.env[*]', ['prod']],
    ['count.index', 1],
    ['each.value.cidr', '10.0.1.0/24'],
  ])('%s', (source, expected) => {
    expect(ev(source)).toEqual(expected)
  })

  it('reads an attribute a caller left undefined as null', () => {
    expect(ev('var.v == null', testScope({ var: { v: undefined as unknown as TfValue } }))).toBe(true)
  })

  it('fails on an index out of range and on a missing attribute (try() catches both)', () => {
    expect(() => ev('var.zones[5]')).toThrow(/out of range/)
    expect(() => ev('var.tags.Missing')).toThrow(ExpressionEvalError)
    expect(() => ev('nowhere.x')).toThrow(/no "nowhere"/)
    expect(ev('try(var.zones[5], "none")')).toBe('none')
    expect(ev('can(var.tags.Missing)')).toBe(false)
    expect(ev('can(var.tags.Team)')).toBe(true)
  })
})

// developer.hashicorp.com/terraform/language/expressions/for
describe('for expressions (Terraform docs, "for Expressions")', () => {
  it.each<[string, TfValue]>([
    ['[for s in var.zones : upper(s)]', ['A', 'B', 'C']],
    ['[for i, s in var.zones : "${i}-${s}"]', ['0-a', '1-b', '2-c']],
    ['[for s in var.zones : s if s != "b"]', ['a', 'c']],
    ['{for s in var.zones : s => upper(s)}', { a: 'A', b: 'B', c: 'C' }],
    ['[for k, v in var.tags : "${k}=${v}"]', ['App=web', 'Team=core']],
    ['{for s in ["a", "b", "a"] : s => s...}', { a: ['a', 'a'], b: ['b'] }],
    ['[for x in [[1, 2], [3]] : [for y in x : y * 10]]', [[10, 20], [30]]],
  ])('%s', (source, expected) => {
    expect(ev(source)).toEqual(expected)
  })

  it('refuses two elements with one key unless grouped with "..."', () => {
    expect(() => ev('{for s in ["a", "a"] : s => 1}')).toThrow(/add "..."/)
  })
})

// developer.hashicorp.com/terraform/language/expressions/strings
describe('templates (Terraform docs, "Strings and Templates")', () => {
  it.each<[string, TfValue]>([
    ['plain', 'plain'],
    ['app-${var.env}', 'app-prod'],
    ['${var.zones}', ['a', 'b', 'c']],
    ['${1 + 1}', 2],
    ['n=${1 + 1}', 'n=2'],
    ['%{ if var.ha }ha%{ else }single%{ endif }', 'ha'],
    ['%{ if !var.ha }ha%{ else }single%{ endif }', 'single'],
    ['%{ for z in var.zones }${z};%{ endfor }', 'a;b;c;'],
    ['%{ for i, z in var.zones }${i}${z} %{ endfor }', '0a 1b 2c '],
    ['[\n%{ for z in var.zones ~}\n  ${z}\n%{ endfor ~}\n]', '[\na\nb\nc\n]'],
    ['a ${~ var.env ~} b', 'aprodb'],
    ['$${not} %%{ not }', '${not} %{ not }'],
    ['${"nested ${var.env}"}', 'nested prod'],
    ['${<<EOT\nline ${var.env}\nEOT\n}', 'line prod\n'],
    ['${<<-EOT\n    indented\n      more\n    EOT\n}', 'indented\n  more\n'],
    ['is ${true}', 'is true'],
  ])('%j', (text, expected) => {
    expect(evaluateString(text, scope)).toEqual(expected)
  })

  it('refuses null and lists inside a longer template', () => {
    expect(() => evaluateString('x-${var.nothing}', scope)).toThrow(/null/)
    expect(() => evaluateString('x-${var.zones}', scope)).toThrow(/list/)
  })
})

describe('evaluateJson (Terraform JSON syntax)', () => {
  it('evaluates every string, object keys too, and leaves other values alone', () => {
    expect(evaluateJson({ name: 'app-${var.env}', count: 2, '${var.env}-key': ['${var.zones[0]}', true, null], nested: { cidr: '${cidrsubnet(var.cidr, 8, 1)}' } }, scope)).toEqual({
      name: 'app-prod',
      count: 2,
      'prod-key': ['a', true, null],
      nested: { cidr: '10.0.1.0/24' },
    })
  })

  it('makes an object unknown when one of its keys is', () => {
    const s = testScope({ aws_vpc: { main: handle('aws_vpc.main') } })
    expect(evaluateJson({ '${aws_vpc.main.id}': 1, b: 2 }, s)).toEqual({ $unknown: 'computed', refs: [{ $ref: 'aws_vpc.main', attribute: 'id' }] })
    expect(() => evaluateJson({ '${null}': 1 }, s)).toThrow(ExpressionEvalError)
  })
})

describe('resource handles', () => {
  const vpc = handle('aws_vpc.main', { cidr_block: '10.0.0.0/16', tags: { Name: 'main' }, ipv6: { $unknown: 'computed' }, name: null })
  const subnets = [0, 1].map((i) => handle(`aws_subnet.app[${i}]`, { cidr_block: `10.0.${i}.0/24`, vpc_id: { $ref: 'aws_vpc.main', attribute: 'id' } }))
  const byKey = { a: handle('aws_subnet.zone["a"]'), b: handle('aws_subnet.zone["b"]') }
  const sg = handle('aws_security_group.web', { ingress: [{ from_port: 443, cidr_blocks: ['0.0.0.0/0'] }] })
  const s = testScope({ aws_vpc: { main: vpc }, aws_subnet: { app: subnets, zone: byKey }, aws_security_group: { web: sg }, aws_lb: { front: handle('aws_lb.front') } })

  it('reads a configured attribute, and refers to one AWS fills in', () => {
    expect(ev('aws_vpc.main.cidr_block', s)).toBe('10.0.0.0/16')
    expect(ev('aws_vpc.main.tags.Name', s)).toBe('main')
    expect(ev('aws_vpc.main.id', s)).toEqual({ $ref: 'aws_vpc.main', attribute: 'id' })
    expect(ev('aws_vpc.main.ipv6', s)).toEqual({ $ref: 'aws_vpc.main', attribute: 'ipv6' })
    expect(ev('aws_vpc.main.name', s)).toEqual({ $ref: 'aws_vpc.main', attribute: 'name' })
    expect(ev('aws_subnet.app[1].vpc_id', s)).toEqual({ $ref: 'aws_vpc.main', attribute: 'id' })
    expect(ev('aws_security_group.web.ingress[0].from_port', s)).toBe(443)
  })

  it('extends a ref as the expression goes deeper', () => {
    expect(ev('aws_lb.front.endpoint', s)).toEqual({ $ref: 'aws_lb.front', attribute: 'endpoint' })
    expect(ev('aws_lb.front.ingress[0].from_port', s)).toEqual({ $ref: 'aws_lb.front', attribute: 'ingress[0].from_port' })
    expect(ev('aws_lb.front.tags["Name"]', s)).toEqual({ $ref: 'aws_lb.front', attribute: 'tags["Name"]' })
  })

  it('splats over count instances and walks for_each instances by key', () => {
    expect(ev('aws_subnet.app[*].id', s)).toEqual([
      { $ref: 'aws_subnet.app[0]', attribute: 'id' },
      { $ref: 'aws_subnet.app[1]', attribute: 'id' },
    ])
    expect(ev('aws_subnet.app[*].cidr_block', s)).toEqual(['10.0.0.0/24', '10.0.1.0/24'])
    expect(ev('aws_subnet.zone["b"].id', s)).toEqual({ $ref: 'aws_subnet.zone["b"]', attribute: 'id' })
    expect(ev('[for k, sn in aws_subnet.zone : sn.id]', s)).toEqual([
      { $ref: 'aws_subnet.zone["a"]', attribute: 'id' },
      { $ref: 'aws_subnet.zone["b"]', attribute: 'id' },
    ])
    expect(ev('values(aws_subnet.zone)[*].id', s)).toHaveLength(2)
    expect(ev('aws_lb.front[*].arn', s)).toEqual([{ $ref: 'aws_lb.front', attribute: 'arn' }])
  })

  it('gives a whole resource used as a value as a ref with an empty attribute', () => {
    const value = evaluateString('${aws_vpc.main}', s)
    expect(isResourceHandle(value)).toBe(false)
    expect(value).toEqual({ $ref: 'aws_vpc.main', attribute: '' })
    expect(evaluateJson({ depends_on: ['${aws_lb.front}'] }, s)).toEqual({ depends_on: [{ $ref: 'aws_lb.front', attribute: '' }] })
  })
})
