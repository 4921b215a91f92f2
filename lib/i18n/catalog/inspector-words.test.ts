import { describe, expect, it } from 'vitest'
import { inspector as en } from './en/inspector'
import { inspector as ko } from './ko/inspector'
import { sayInspector } from './say-inspector'

describe('the inspector namespace', () => {
  it('words the same codes in English and Korean', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort())
  })

  it('keeps the accessible names the journeys use', () => {
    const say = (code: string, params: object = {}) => sayInspector('en', { code, params } as Parameters<typeof sayInspector>[1])
    expect(['title', 'add', 'add-service', 'add-load-balancer', 'add-cache', 'add-bastion', 'add-endpoint', 'add-security-group'].map((k) => say(`inspector.${k}`))).toEqual([
      'Inspector', 'Add', 'Add service', 'Add load balancer', 'Add cache', 'Add bastion', 'Add VPC endpoint', 'Add security group',
    ])
    expect(say('inspector.remove-rule', { n: 3 })).toBe('Remove rule 3')
  })

  it('says a rule in each language, with the Korean particle after the peer', () => {
    expect(sayInspector('en', { code: 'inspector.rule', params: { direction: 'ingress', ports: 'TCP 443', peer: 'ALB-SG' } })).toBe('TCP 443 from ALB-SG')
    expect(sayInspector('ko', { code: 'inspector.rule', params: { direction: 'egress', ports: 'TCP 5432', peer: 'RDS-SG' } })).toBe('RDS-SG로 TCP 5432')
    expect(sayInspector('en', { code: 'inspector.rule-ports', params: { protocol: 'tcp', fromPort: 1000, toPort: 2000 } })).toBe('TCP 1000–2000')
  })
})
