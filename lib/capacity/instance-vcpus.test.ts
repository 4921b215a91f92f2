import { describe, expect, it } from 'vitest'
import { instanceVcpus } from './instance-vcpus'

// Amazon EC2 instance type specifications (general purpose, compute optimized): vCPUs per size.
describe('instanceVcpus', () => {
  it('knows the common burstable and fixed-performance sizes', () => {
    expect(instanceVcpus('t2.micro')).toBe(1)
    expect(instanceVcpus('t3.micro')).toBe(2)
    expect(instanceVcpus('t4g.medium')).toBe(2)
    expect(instanceVcpus('t3.2xlarge')).toBe(8)
    expect(instanceVcpus('m5.large')).toBe(2)
    expect(instanceVcpus('m6g.medium')).toBe(1)
    expect(instanceVcpus('m7g.4xlarge')).toBe(16)
    expect(instanceVcpus('c5.9xlarge')).toBe(36)
  })

  it('returns null for a type or size it does not list', () => {
    expect(instanceVcpus('x9z.large')).toBeNull()
    expect(instanceVcpus('m5.medium')).toBeNull()
    expect(instanceVcpus('t3')).toBeNull()
  })
})
