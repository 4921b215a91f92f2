import { describe, expect, it } from 'vitest'
import { buildLatencyChart, niceCeil } from './latency-chart-data'
import { overloadedProps, propsOf } from './helpers.fixture'

describe('niceCeil', () => {
  it('rounds up to a number an axis can end on', () => {
    expect(niceCeil(1100)).toBe(1200)
    expect(niceCeil(96)).toBe(100)
    expect(niceCeil(1200)).toBe(1200)
    expect(niceCeil(0)).toBe(1)
    expect(niceCeil(Infinity)).toBe(1)
  })
})

describe('buildLatencyChart', () => {
  it('keeps the SLA line on the axis with headroom (swiftlogix: 83 ms against 1000 ms)', () => {
    const { rows, yMaxMs } = buildLatencyChart(propsOf('swiftlogix').evaluation.capacity, 'en')
    expect(yMaxMs).toBe(1200)
    expect(rows).toHaveLength(3)
    expect(rows[0]).toMatchObject({ name: 'Order service', typicalOverloaded: false, peakOverloaded: false, peakLabel: '83 ms', peakValue: '83' })
  })

  it('turns an overloaded point into a full-height bar flagged overloaded, never Infinity', () => {
    const { rows, yMaxMs } = buildLatencyChart(overloadedProps().evaluation.capacity, 'en')
    for (const row of rows) {
      expect(Number.isFinite(row.typicalMs)).toBe(true)
      expect(Number.isFinite(row.peakMs)).toBe(true)
    }
    expect(rows[0]).toMatchObject({ peakOverloaded: true, peakMs: yMaxMs, peakLabel: 'overloaded', peakValue: '' })
    expect(rows[1]).toMatchObject({ peakOverloaded: false })
  })
})
