import { describe, expect, it } from 'vitest'
import { overloadedProps, propsOf } from './helpers.fixture'
import { summarisePeakDay } from './peak-day'

describe('summarisePeakDay', () => {
  it('prices the peak month as the band peak minus the typical month (swiftlogix Black Friday: +$14.22)', () => {
    const day = summarisePeakDay(propsOf('swiftlogix'), 'en')
    expect(day).toMatchObject({ name: 'Black Friday', rps: 200, durationHours: 24, typicalTasks: '2', peakTasks: '10', meetsSla: true, atCeiling: [] })
    expect(day.extraUsd).toBe(14.22)
    expect(day.extraKrw).toBe(18486)
  })

  it('names the services that hit their autoscaling maximum (plan 2 scales to its maximum of 6)', () => {
    const day = summarisePeakDay(propsOf('swiftlogix-seoul-plan2'), 'en')
    expect(day.peakTasks).toBe('6')
    expect(day.atCeiling).toHaveLength(6)
  })

  it('says the peak is not carried when a service is overloaded', () => {
    const day = summarisePeakDay(overloadedProps(), 'en')
    expect(day.meetsSla).toBe(false)
    expect(day.worstPeakP95Ms).toBe(Infinity)
    expect(day.peakTasks).toBe('10–40')
  })
})
