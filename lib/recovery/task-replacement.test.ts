import { describe, expect, it } from 'vitest'
import type { Service } from '../model'
import { cloneSwiftlogix } from './swiftlogix-fixture'
import { estimateTaskReplacement, findSlowestReplacement } from './task-replacement'

function orderService(): Service {
  const service = cloneSwiftlogix().config.services[0]
  if (!service) throw new Error('swiftlogix has no services')
  return service
}

describe('estimateTaskReplacement', () => {
  it('adds 25 s × 2 of health checks to a 45 s Fargate start: 95 s, shown as 2 min', () => {
    const r = estimateTaskReplacement(orderService())
    expect(r.detectionSeconds).toBe(50)
    expect(r.totalSeconds).toBe(95)
    expect(r.minutes).toBe(2)
    expect(r.compute).toBe('fargate')
  })

  it('pays a 180 s instance boot for an EC2 service: 10 s × 3 + 180 s = 210 s → 3.5 min', () => {
    const service = orderService()
    service.compute = { kind: 'ec2', instanceType: 't3.small', onDemandBase: 1, purchase: 'on-demand' }
    service.healthCheck = { intervalSeconds: 10, unhealthyThreshold: 3, gracePeriodSeconds: 60 }
    const r = estimateTaskReplacement(service)
    expect(r.totalSeconds).toBe(210)
    expect(r.minutes).toBe(3.5)
    expect(r.compute).toBe('ec2')
  })
})

describe('findSlowestReplacement', () => {
  it('picks the service with the longest detection plus start', () => {
    const fast = orderService()
    const slow = { ...orderService(), id: 'slow', healthCheck: { intervalSeconds: 30, unhealthyThreshold: 5, gracePeriodSeconds: 60 } }
    expect(findSlowestReplacement([fast, slow])?.serviceId).toBe('slow')
  })

  it('finds nothing among no services', () => {
    expect(findSlowestReplacement([])).toBeUndefined()
  })
})
