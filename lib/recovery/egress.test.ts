import { describe, expect, it } from 'vitest'
import { resolveNatMode } from './egress'

describe('resolveNatMode', () => {
  it('treats one NAT gateway per AZ in a one-AZ network as a single NAT', () => {
    expect(resolveNatMode({ azCount: 1, nat: { mode: 'per-az', instanceType: 't3.nano' } })).toBe('single')
  })

  it('keeps every other mode as configured', () => {
    expect(resolveNatMode({ azCount: 2, nat: { mode: 'per-az', instanceType: 't3.nano' } })).toBe('per-az')
    expect(resolveNatMode({ azCount: 1, nat: { mode: 'instance', instanceType: 't3.nano' } })).toBe('instance')
  })
})
