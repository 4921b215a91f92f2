import { describe, expect, it } from 'vitest'
import { formatDeltaMs, formatSignedCount, formatSignedKrw, formatSignedUsd } from './format-delta'

describe('formatting what an option changes', () => {
  it('puts a plus on added cost and a true minus on savings', () => {
    expect(formatSignedUsd(15.44, 'en')).toBe('+$15.44')
    expect(formatSignedUsd(-1, 'en')).toBe('−$1.00')
    expect(formatSignedUsd(0, 'en')).toBe('$0.00')
    expect(formatSignedKrw(20072, 'en')).toMatch(/^\+₩20,072$/)
  })

  it('signs scenario counts and says when latency does not move', () => {
    expect(formatSignedCount(1)).toBe('+1')
    expect(formatSignedCount(0)).toBe('0')
    expect(formatSignedCount(-2)).toBe('−2')
    expect(formatDeltaMs(0, 'en')).toBe('no change')
    expect(formatDeltaMs(-0.1, 'en')).toBe('−0.1 ms')
    expect(formatDeltaMs(null, 'en')).toBe('n/a (overloaded)')
  })

  it('writes dollars the Korean way and says no change in Korean', () => {
    expect(formatSignedUsd(15.44, 'ko')).toBe('+US$15.44')
    expect(formatSignedKrw(20072, 'ko')).toBe('+₩20,072')
    expect(formatDeltaMs(0, 'ko')).toBe('변화 없음')
  })
})
