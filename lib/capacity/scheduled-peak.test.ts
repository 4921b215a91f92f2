import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { computeMonthlyCost } from '../cost/compute-monthly-cost'
import type { Scenario } from '../model'
import { assessCapacity } from './assess-capacity'

/** SwiftLogix with the peak known ahead: a scheduled action runs `tasks` per service for the event. */
function scheduled(tasks: number, max: number): Scenario {
  const s = structuredClone(findPreset('swiftlogix')!.scenario)
  for (const service of s.config.services) {
    service.count.max = max
    service.scaling = { ...service.scaling, scheduledPeakCount: tasks }
  }
  return s
}

// Application Auto Scaling, "Scheduled scaling": a scheduled action sets the minimum and maximum
// capacity for its time window, so it can raise the task count above the target-tracking maximum;
// target tracking on its own still stops at the maximum.
describe('scheduled scaling for a known peak', () => {
  it('runs the scheduled count at the peak even above count.max', () => {
    const s = scheduled(12, 8)
    expect(assessCapacity(s.config, s.requirements).services[0]!.peakTasks).toBe(12)
  })

  it('leaves target tracking capped at count.max without a schedule', () => {
    const s = structuredClone(findPreset('swiftlogix')!.scenario)
    for (const service of s.config.services) service.count.max = 8
    expect(assessCapacity(s.config, s.requirements).services[0]!.peakTasks).toBe(8)
  })

  it('prices the scheduled extra tasks for the peak hours only, not the month', () => {
    const s = scheduled(12, 14)
    const peakTasks = new Map(assessCapacity(s.config, s.requirements).services.map((x) => [x.serviceId, x.peakTasks]))
    const cost = computeMonthlyCost(s.config, s.requirements, { peakCount: (service) => peakTasks.get(service.id) ?? service.count.desired })
    const { extras, peakHours } = cost.band.formula.params
    expect(extras.map((e) => e.units)).toEqual([10, 10, 10])
    const expected = extras.reduce((sum, e) => sum + e.units * e.hourlyUsd * peakHours, 0)
    expect(cost.band.peakUsd - cost.band.typicalUsd).toBeCloseTo(expected, 1)
    // The typical month still runs the desired 2 tasks per service for 730 hours.
    expect(cost.monthlyUsd).toBe(computeMonthlyCost(findPreset('swiftlogix')!.scenario.config, s.requirements).monthlyUsd)
  })
})
