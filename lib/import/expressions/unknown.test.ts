import { describe, expect, it } from 'vitest'
import type { TfRef, TfUnknown, TfValue } from '../types'
import { evaluateExpression, evaluateString } from './index'
import { handle, testScope } from './scope.test-helper'

const id: TfRef = { $ref: 'aws_vpc.main', attribute: 'id' }
const arn: TfRef = { $ref: 'aws_lb.front', attribute: 'arn' }
const scope = testScope({
  aws_vpc: { main: handle('aws_vpc.main', { cidr_block: { $unknown: 'computed', refs: [{ $ref: 'aws_ipam_pool.p', attribute: 'cidr' }] } }) },
  aws_lb: { front: handle('aws_lb.front') },
  var: { missing: { $unknown: 'missing-variable' }, on: true, list: ['a'] },
})
const ev = (source: string): TfValue => evaluateExpression(source, scope)
const computed = (...refs: TfRef[]): TfUnknown => (refs.length > 0 ? { $unknown: 'computed', refs } : { $unknown: 'computed' })

// Terraform plans such values as "(known after apply)": developer.hashicorp.com/terraform/language/expressions/references, "Values Not Yet Known".
describe('values known only after apply', () => {
  it.each<[string, TfValue]>([
    ['aws_vpc.main.id', id],
    ['aws_vpc.main.cidr_block', { $ref: 'aws_vpc.main', attribute: 'cidr_block' }],
    ['upper(aws_vpc.main.id)', computed(id)],
    ['aws_vpc.main.id == "vpc-1"', computed(id)],
    ['aws_vpc.main.id != aws_lb.front.arn', computed(id, arn)],
    ['aws_vpc.main.id + 1', computed(id)],
    ['-aws_vpc.main.id', computed(id)],
    ['!var.missing', computed()],
    ['length([aws_vpc.main.id, 1])', 2],
    ['concat([aws_vpc.main.id], ["a"])', [id, 'a']],
    ['merge({a = aws_vpc.main.id}, {b = 1})', { a: id, b: 1 }],
    ['element([aws_vpc.main.id, aws_lb.front.arn], 1)', arn],
    ['jsonencode({a = aws_vpc.main.id})', computed(id)],
    ['cidrsubnet(aws_vpc.main.cidr_block, 8, 1)', computed({ $ref: 'aws_vpc.main', attribute: 'cidr_block' })],
    ['[for s in aws_vpc.main.id : s]', computed(id)],
    ['[for s in ["a", "b"] : s if s == aws_vpc.main.id]', computed(id)],
    ['{ (aws_vpc.main.id) = 1 }', computed(id)],
    ['aws_vpc.main.id ? 1 : 1', 1],
    ['aws_vpc.main.id ? 1 : 2', computed(id)],
    ['aws_vpc.main.id ? aws_lb.front.arn : 2', computed(id, arn)],
    ['var.on ? aws_lb.front.arn : 2', arn],
    ['false && aws_vpc.main.id', false],
    ['aws_vpc.main.id && false', false],
    ['true || aws_vpc.main.id', true],
    ['true && aws_vpc.main.id', computed(id)],
    ['try(aws_vpc.main.id, "x")', id],
    ['can(aws_vpc.main.id)', computed(id)],
    ['contains([aws_vpc.main.id, "a"], "a")', true],
    ['contains([aws_vpc.main.id], "a")', computed(id)],
    ['distinct([aws_vpc.main.id, "a"])', computed(id)],
    ['flatten([[aws_vpc.main.id], ["a"]])', [id, 'a']],
    ['aws_lb.front.arn[*]', computed(arn)],
    ['var.missing.attr', { $unknown: 'missing-variable' }],
    ['timestamp()', computed()],
  ])('%s', (source, expected) => {
    expect(ev(source)).toEqual(expected)
  })

  it('makes a longer template unknown, naming every ref it met', () => {
    expect(evaluateString('${aws_vpc.main.id}', scope)).toEqual(id)
    expect(evaluateString('arn-${aws_lb.front.arn}/${aws_vpc.main.id}', scope)).toEqual(computed(arn, id))
    expect(evaluateString('%{ if aws_vpc.main.id == "x" }a%{ endif }', scope)).toEqual(computed(id))
    expect(evaluateString('x-${var.missing}', scope)).toEqual(computed())
  })
})

describe('functions ArchDeck cannot run offline', () => {
  it('gives TfUnknown("unsupported-function") and one note per name, never a crash', () => {
    const s = testScope({ var: { files: ['a', 'b', 'c'] } })
    expect(evaluateExpression('[for f in var.files : file(f)]', s)).toEqual([{ $unknown: 'unsupported-function' }, { $unknown: 'unsupported-function' }, { $unknown: 'unsupported-function' }])
    expect(evaluateExpression('md5("x")', s)).toEqual({ $unknown: 'unsupported-function' })
    expect(evaluateExpression('provider::aws::arn_parse("arn:aws:s3:::b")', s)).toEqual({ $unknown: 'unsupported-function' })
    expect(evaluateExpression('templatefile("t.tpl", {})', s)).toEqual({ $unknown: 'unsupported-function' })
    expect(s.notes).toEqual([
      { code: 'import.unsupported-function', params: { name: 'file' } },
      { code: 'import.unsupported-function', params: { name: 'md5' } },
      { code: 'import.unsupported-function', params: { name: 'provider::aws::arn_parse' } },
      { code: 'import.unsupported-function', params: { name: 'templatefile' } },
    ])
  })

  it('notes nothing for the branch a conditional does not take', () => {
    const s = testScope({})
    expect(evaluateExpression('true ? "a" : file("x")', s)).toBe('a')
    expect(s.notes).toEqual([])
  })

  it('does not mistake an object property for a function', () => {
    expect(evaluateExpression('constructor(1)', testScope({}))).toEqual({ $unknown: 'unsupported-function' })
    expect(evaluateExpression('toString(1)', testScope({}))).toEqual({ $unknown: 'unsupported-function' })
  })
})
