import { describe, expect, it } from 'vitest'
import { describeRange } from './describe-range'
import { wrapLabel } from './wrap-label'
import { formatRps } from './format-rate'
import { utilisationWidth } from './utilisation-width'

describe('small display helpers', () => {
  it('says one count when every service agrees and a range when they do not', () => {
    expect(describeRange([10, 10, 10], 'en')).toBe('10')
    expect(describeRange([6, 2, 10], 'en')).toBe('2–10')
    expect(describeRange([], 'en')).toBe('none')
  })

  it('wraps an axis label at spaces and keeps a long word whole', () => {
    expect(wrapLabel('Gateway service', 10)).toEqual(['Gateway', 'service'])
    expect(wrapLabel('Night', 10)).toEqual(['Night'])
    expect(wrapLabel('Traffic surge (100 → 1,000 users)', 16)).toEqual(['Traffic surge', '(100 → 1,000', 'users)'])
  })

  it('shows request rates with at most two decimals', () => {
    expect(formatRps(0.25, 'en')).toBe('0.25 req/s')
    expect(formatRps(7.0000001, 'en')).toBe('7 req/s')
    expect(formatRps(1543, 'en')).toBe('1,543 req/s')
  })

  it('clamps a utilisation meter to 0–100 % and fills it when overloaded', () => {
    expect(utilisationWidth(0.2)).toBe('20%')
    expect(utilisationWidth(0.625)).toBe('62.5%')
    expect(utilisationWidth(1.4)).toBe('100%')
    expect(utilisationWidth(Infinity)).toBe('100%')
    expect(utilisationWidth(Number.NaN)).toBe('0%')
  })
})
