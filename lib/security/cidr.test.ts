import { describe, expect, it } from 'vitest'
import { cidrContains, cidrsOverlap, isPrivateCidr, isSingleHostCidr, isWorldCidr, parseCidr } from './cidr'

describe('cidr', () => {
  it('clears host bits when parsing', () => {
    expect(parseCidr('10.0.4.7/24')).toEqual(parseCidr('10.0.4.0/24'))
    expect(parseCidr('10.0.4.0/24')?.prefix).toBe(24)
  })

  it('rejects IPv6 and malformed blocks', () => {
    expect(parseCidr('::/0')).toBeNull()
    expect(parseCidr('10.0.0.256/24')).toBeNull()
    expect(parseCidr('10.0.0.0/33')).toBeNull()
  })

  it('treats 0.0.0.0/0 and ::/0 as the world', () => {
    expect(isWorldCidr('0.0.0.0/0')).toBe(true)
    expect(isWorldCidr('::/0')).toBe(true)
    expect(isWorldCidr('203.0.113.10/32')).toBe(false)
  })

  it('finds an office /32 inside the world and inside its own /24', () => {
    expect(cidrContains('0.0.0.0/0', '203.0.113.10/32')).toBe(true)
    expect(cidrContains('203.0.113.0/24', '203.0.113.10/32')).toBe(true)
    expect(cidrContains('203.0.113.10/32', '203.0.113.0/24')).toBe(false)
  })

  it('sees a subnet overlap its VPC in both directions', () => {
    expect(cidrsOverlap('10.0.0.0/16', '10.0.4.0/24')).toBe(true)
    expect(cidrsOverlap('10.0.4.0/24', '10.0.0.0/16')).toBe(true)
    expect(cidrsOverlap('10.1.0.0/16', '10.0.4.0/24')).toBe(false)
  })

  it('recognises RFC 1918 space and single hosts', () => {
    expect(isPrivateCidr('10.0.0.0/16')).toBe(true)
    expect(isPrivateCidr('172.31.0.0/16')).toBe(true)
    expect(isPrivateCidr('8.8.0.0/16')).toBe(false)
    expect(isSingleHostCidr('203.0.113.10/32')).toBe(true)
    expect(isSingleHostCidr('203.0.113.0/24')).toBe(false)
  })
})
