import { describe, expect, it } from 'vitest'
import type { TfValue } from '../types'
import { evaluateJson, evaluateString } from './index'
import { handle, testScope } from './scope.test-helper'

/**
 * Expressions written the way public AWS modules write them (counts that may be 0, try() over
 * instances that may not exist, tags merged with format(), subnets carved with cidrsubnet), each
 * evaluated against a scope the module evaluator would build.
 */
const subnets = [0, 1, 2].map((i) => handle(`aws_subnet.private[${i}]`, { cidr_block: `10.0.${i + 10}.0/24`, availability_zone: `us-east-1${'abc'[i]}` }))
const scope = testScope({
  var: {
    name: 'shop',
    azs: ['us-east-1a', 'us-east-1b', 'use1-az3'],
    cidr: '10.0.0.0/16',
    private_subnets: ['10.0.10.0/24', '10.0.11.0/24', '10.0.12.0/24'],
    single_nat_gateway: false,
    one_nat_gateway_per_az: true,
    tags: { Team: 'payments' },
    deployment_controller: null,
    security_group_ids: ['sg-extra'],
    services: { api: { port: 8080 }, web: { port: 80 } },
  },
  local: { max_subnet_length: 3 },
  count: { index: 2 },
  aws_vpc: { this: [handle('aws_vpc.this[0]', { cidr_block: '10.0.0.0/16' })] },
  aws_vpc_ipv4_cidr_block_association: { this: [] },
  aws_security_group: { this: [] },
  aws_subnet: { private: subnets },
  aws_nat_gateway: { this: [0, 1, 2].map((i) => handle(`aws_nat_gateway.this[${i}]`)) },
  data: { aws_caller_identity: { current: [handle('data.aws_caller_identity.current[0]', { account_id: { $unknown: 'data-source' } })] } },
})
const ev = (text: string): TfValue => evaluateString(text, scope)

describe('expressions in the styles of public AWS modules', () => {
  it('counts NAT gateways from nested conditionals', () => {
    expect(ev('${var.single_nat_gateway ? 1 : var.one_nat_gateway_per_az ? length(var.azs) : local.max_subnet_length}')).toBe(3)
  })

  it('falls back with try() when a counted resource has no instance', () => {
    expect(ev('${try(aws_vpc_ipv4_cidr_block_association.this[0].vpc_id, aws_vpc.this[0].id, "")}')).toEqual({ $ref: 'aws_vpc.this[0]', attribute: 'id' })
    expect(ev('${element(concat(aws_vpc_ipv4_cidr_block_association.this.*.vpc_id, aws_vpc.this.*.id, [""]), 0)}')).toEqual({ $ref: 'aws_vpc.this[0]', attribute: 'id' })
    expect(ev('${flatten(concat([try(aws_security_group.this[0].id, [])], var.security_group_ids))}')).toEqual(['sg-extra'])
    expect(ev('${try(var.deployment_controller.type, null) == "EXTERNAL"}')).toBe(false)
  })

  it('names and places a subnet per availability zone', () => {
    expect(evaluateJson({ Name: '${format("%s-private-%s", var.name, element(var.azs, count.index))}' }, scope)).toEqual({ Name: 'shop-private-use1-az3' })
    expect(ev('${length(regexall("^[a-z]{2}-", element(var.azs, count.index))) > 0 ? element(var.azs, count.index) : null}')).toBeNull()
    expect(ev('${merge({ "Name" = "${var.name}-vpc" }, var.tags)}')).toEqual({ Name: 'shop-vpc', Team: 'payments' })
    expect(ev('${[for i, az in var.azs : cidrsubnet(var.cidr, 8, i + 10)]}')).toEqual(['10.0.10.0/24', '10.0.11.0/24', '10.0.12.0/24'])
  })

  it('hands the resources it refers to on as refs', () => {
    expect(ev('${aws_subnet.private[*].id}')).toEqual(subnets.map((s) => ({ $ref: s.$resource, attribute: 'id' })))
    expect(ev('${element(aws_nat_gateway.this.*.id, count.index)}')).toEqual({ $ref: 'aws_nat_gateway.this[2]', attribute: 'id' })
    expect(ev('${zipmap(aws_subnet.private[*].availability_zone, aws_subnet.private[*].cidr_block)}')).toEqual({ 'us-east-1a': '10.0.10.0/24', 'us-east-1b': '10.0.11.0/24', 'us-east-1c': '10.0.12.0/24' })
    expect(ev('arn:aws:iam::${data.aws_caller_identity.current[0].account_id}:root')).toEqual({
      $unknown: 'computed',
      refs: [{ $ref: 'data.aws_caller_identity.current[0]', attribute: 'account_id' }],
    })
  })

  it('builds a map for for_each and reads it back', () => {
    expect(ev('${{ for name, svc in var.services : name => svc.port if svc.port != 80 }}')).toEqual({ api: 8080 })
    expect(ev('${[for name in keys(var.services) : "${name}.internal"]}')).toEqual(['api.internal', 'web.internal'])
  })
})
