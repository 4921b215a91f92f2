import { describe, expect, it } from 'vitest'
import type { TfValue } from '../../types'
import { evaluateExpression, ExpressionEvalError } from '../index'
import { testScope } from '../scope.test-helper'

const ev = (source: string) => evaluateExpression(source, testScope({}))

// Each example is the one on its function's page, developer.hashicorp.com/terraform/language/functions/<name>.
describe('IP network functions (Terraform docs, one page per function)', () => {
  it.each<[string, TfValue]>([
    ['cidrsubnet("10.0.0.0/16", 8, 2)', '10.0.2.0/24'],
    ['cidrsubnet("172.16.0.0/12", 4, 2)', '172.18.0.0/16'],
    ['cidrsubnet("10.1.2.0/24", 4, 15)', '10.1.2.240/28'],
    ['cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)', 'fd00:fd12:3456:7800:a200::/72'],
    ['cidrsubnet("10.0.0.0/8", 8, 2)', '10.2.0.0/16'],
    ['cidrsubnet("2607:f298:6051:516c::/64", 8, 2)', '2607:f298:6051:516c:200::/72'],
    ['cidrhost("10.12.112.0/20", 16)', '10.12.112.16'],
    ['cidrhost("10.12.112.0/20", 268)', '10.12.113.12'],
    ['cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)', 'fd00:fd12:3456:7890::22'],
    ['cidrhost("10.0.0.0/8", 2)', '10.0.0.2'],
    ['cidrhost("10.0.0.0/8", -2)', '10.255.255.254'],
    ['cidrnetmask("172.16.0.0/12")', '255.240.0.0'],
    ['cidrnetmask("10.0.0.0/32")', '255.255.255.255'],
    ['cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)', ['10.1.0.0/20', '10.1.16.0/20', '10.1.32.0/24', '10.1.48.0/20']],
    ['cidrsubnets("fd00:fd12:3456:7890::/56", 16, 16, 16)', ['fd00:fd12:3456:7800::/72', 'fd00:fd12:3456:7800:100::/72', 'fd00:fd12:3456:7800:200::/72']],
    ['[for i in range(3) : cidrsubnet("10.0.0.0/16", 8, i)]', ['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/24']],
    ['cidrhost("010.0.0.0/8", 1)', '10.0.0.1'],
  ])('%s = %j', (source, expected) => {
    expect(ev(source)).toEqual(expected)
  })

  it('refuses a subnet that does not fit, as Terraform does', () => {
    for (const source of ['cidrsubnet("10.0.0.0/16", 8, 256)', 'cidrsubnet("10.0.0.0/30", 8, 0)', 'cidrhost("10.0.0.0/24", 256)', 'cidrsubnets("10.0.0.0/24", 1, 1, 1)', 'cidrsubnet("10.0.0/16", 8, 1)', 'cidrnetmask("fd00::/8")']) {
      expect(() => ev(source), source).toThrow(ExpressionEvalError)
    }
  })
})
