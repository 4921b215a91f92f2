import { describe, expect, it } from 'vitest'
import { roundUpToHalfMinute } from './round-minutes'

describe('roundUpToHalfMinute', () => {
  it('rounds 95 seconds up to 2 minutes', () => {
    expect(roundUpToHalfMinute(95)).toBe(2)
  })

  it('keeps an exact half minute as it is', () => {
    expect(roundUpToHalfMinute(90)).toBe(1.5)
  })

  it('rounds one second past a half minute up to the next half minute', () => {
    expect(roundUpToHalfMinute(31)).toBe(1)
  })

  it('reports no time as zero minutes', () => {
    expect(roundUpToHalfMinute(0)).toBe(0)
  })
})
