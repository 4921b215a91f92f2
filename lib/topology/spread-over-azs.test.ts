import { describe, expect, it } from 'vitest'
import { azShares, spreadOverAzs } from './spread-over-azs'

describe('spreadOverAzs', () => {
  // "Use strategies to define Amazon ECS task placement": "For tasks running as part of an Amazon ECS
  // service, the task placement strategy is spread using the attribute:ecs.availability-zone."
  it('spreads a service\'s tasks evenly over its AZs, as ECS\'s default spread on attribute:ecs.availability-zone does', () => {
    expect(spreadOverAzs(4, 2)).toEqual([2, 2])
    expect(spreadOverAzs(6, 3)).toEqual([2, 2, 2])
  })

  // "Auto Scaling group Availability Zone distribution": "Auto Scaling maintains an equal number of
  // instances across enabled Availability Zones."
  it('keeps an Auto Scaling group balanced: an uneven count differs by at most one between zones', () => {
    expect(spreadOverAzs(5, 2)).toEqual([3, 2])
    expect(spreadOverAzs(7, 3)).toEqual([3, 2, 2])
    expect(spreadOverAzs(2, 3)).toEqual([1, 1, 0])
  })

  it('leaves every zone empty for a service scaled to zero', () => {
    expect(spreadOverAzs(0, 2)).toEqual([0, 0])
  })
})

describe('azShares', () => {
  it('gives each AZ its share now and at the peak, when the peak runs more tasks', () => {
    expect(azShares(2, 14, 2)).toEqual([
      { inAz: 1, tasks: 2, peak: { inAz: 7, tasks: 14 } },
      { inAz: 1, tasks: 2, peak: { inAz: 7, tasks: 14 } },
    ])
  })

  it('says nothing of the peak when it runs the same count or is not known', () => {
    expect(azShares(3, 3, 2)).toEqual([{ inAz: 2, tasks: 3, peak: null }, { inAz: 1, tasks: 3, peak: null }])
    expect(azShares(3, undefined, 2).map((s) => s.peak)).toEqual([null, null])
  })
})
