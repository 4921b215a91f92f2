import { describe, expect, it } from 'vitest'
import { formatDate, formatDollars, formatWon, formatTimeAgo } from './format'

describe('money in each language', () => {
  it('writes won with the sign in English and the unit after the number in Korean', () => {
    expect(formatWon(261131, 'en')).toBe('₩261,131')
    expect(formatWon(261131, 'ko')).toBe('261,131원')
  })

  it('writes dollars with cents', () => {
    expect(formatDollars(200.87, 'en')).toBe('$200.87')
    expect(formatDollars(1716.85, 'ko')).toBe('1,716.85달러')
  })

  it('shows the price date', () => {
    expect(formatDate('2026-11-22', 'en')).toBe('November 22, 2026')
    expect(formatDate('2026-11-22', 'ko')).toBe('2026년 11월 22일')
  })
})

describe('durations and latencies in each language', () => {
  it('writes minutes, hours and milliseconds as each audience reads them', async () => {
    const { formatDuration, formatDurationShort, formatMs, formatPercent, formatNotation } = await import('./format')
    expect(formatDuration(4.5, 'en')).toBe('4.5 minutes')
    expect(formatDuration(180, 'ko')).toBe('3시간')
    expect(formatDurationShort(null, 'ko')).toBe('기약 없음')
    expect(formatMs(1000, 'en')).toBe('1,000 ms')
    expect(formatMs(95.2, 'ko')).toBe('95ms')
    expect(formatMs(Infinity, 'ko')).toBe('과부하')
    expect(formatPercent(0.125)).toBe('12.5 %')
    expect(formatNotation(0.040480001, 5)).toBe('0.04048')
  })
})

describe('how long ago, in each language', () => {
  const NOW = '2026-11-24T12:00:00.000Z'
  it('says the largest whole unit, and under a minute is now', () => {
    expect(formatTimeAgo('2026-11-24T11:57:00.000Z', NOW, 'en')).toBe('3 minutes ago')
    expect(formatTimeAgo('2026-11-24T11:57:00.000Z', NOW, 'ko')).toBe('3분 전')
    expect(formatTimeAgo('2026-11-23T10:00:00.000Z', NOW, 'en')).toBe('yesterday')
    expect(formatTimeAgo('2026-11-24T11:59:30.000Z', NOW, 'ko')).toBe('지금')
  })
})
