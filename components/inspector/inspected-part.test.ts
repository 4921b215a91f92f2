import { describe, expect, it } from 'vitest'
import { inspectedPart, securityGroupSelection } from './inspected-part'

describe('inspectedPart', () => {
  it('reads the topology\'s box ids as parts of the design', () => {
    expect(inspectedPart('service:order')).toEqual({ kind: 'service', id: 'order' })
    expect(inspectedPart('service:order@us-east-1b')).toEqual({ kind: 'service', id: 'order' })
    expect(inspectedPart('alb:int-alb')).toEqual({ kind: 'load-balancer', id: 'int-alb' })
    expect(inspectedPart('database:standby')).toEqual({ kind: 'database' })
    expect(inspectedPart('cache')).toEqual({ kind: 'cache' })
    expect(inspectedPart('bastion')).toEqual({ kind: 'bastion' })
    expect(inspectedPart(securityGroupSelection('rds-sg'))).toEqual({ kind: 'security-group', id: 'rds-sg' })
  })

  it('opens the network for the NAT, the gateway, endpoints, the VPC, its AZs and subnets', () => {
    for (const id of ['nat', 'nat:a', 'igw', 'endpoint:s3', 'vpc', 'region', 'az:us-east-1a', 'subnet:private-app-a']) expect(inspectedPart(id), id).toEqual({ kind: 'network' })
  })

  it('has nothing to edit on the internet, an address range or the edge services', () => {
    for (const id of ['internet', 'Office', 'cloudfront', 'waf', 'route53']) expect(inspectedPart(id), id).toEqual({ kind: 'none' })
  })
})
