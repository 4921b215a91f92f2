import { describe, expect, it } from 'vitest'
import { formatDeltaMs, formatSignedCount, formatSignedKrw, formatSignedUsd } from './format-delta'

describe('formatting what an option changes', () => {
  it('puts a plus on added cost and a true minus on savings', () => {
    expect(formatSignedUsd(15.44)).toBe('+$15.44')
    expect(formatSignedUsd(-1)).toBe('−$1.00')
    expect(formatSignedUsd(0)).toBe('$0.00')
    expect(formatSignedKrw(20072)).toMatch(/^\+₩20,072$/)
  })

  it('signs scenario counts and says when latency does not move', () => {
    expect(formatSignedCount(1)).toBe('+1')
    expect(formatSignedCount(0)).toBe('0')
    expect(formatSignedCount(-2)).toBe('−2')
    expect(formatDeltaMs(0)).toBe('no change')
    expect(formatDeltaMs(-0.1)).toBe('−0.1 ms')
    expect(formatDeltaMs(null)).toBe('n/a (overloaded)')
  })
})
