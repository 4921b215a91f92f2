import { describe, expect, it } from 'vitest'
import { sayKpi } from '@/lib/i18n/catalog/say-kpi'

describe('the KPI cards in words', () => {
  it('read in English as the strip always did', () => {
    expect(sayKpi('en', { code: 'kpi.cost-detail', params: { minUsd: '$200.87', peakUsd: '$215.09', unknownLines: null } })).toBe('band $200.87 – $215.09')
    expect(sayKpi('en', { code: 'kpi.cost-detail', params: { minUsd: '$90.00', peakUsd: '$99.00', unknownLines: 3 } })).toBe('band $90.00 – $99.00 · 3 unknown')
    expect(sayKpi('en', { code: 'kpi.budget-detail', params: { within: false, gapKrw: '₩111,131', budgetKrw: '₩150,000' } })).toBe('by ₩111,131 of ₩150,000')
    expect(sayKpi('en', { code: 'kpi.budget-detail', params: { within: true, gapKrw: '₩9', budgetKrw: '₩150,000' } })).toBe('₩9 left of ₩150,000')
    expect(sayKpi('en', { code: 'kpi.recovery-value', params: { auto: 2, total: 8 } })).toBe('2/8 auto')
    expect(sayKpi('en', { code: 'kpi.latency-detail', params: { sla: '1,000 ms', met: true, endpoint: 'GET /api/orders' } })).toBe('SLA < 1,000 ms · met · GET /api/orders')
  })

  it('read in Korean as whole sentences, not English fragments', () => {
    expect(sayKpi('ko', { code: 'kpi.budget-detail', params: { within: false, gapKrw: '₩111,131', budgetKrw: '₩150,000' } })).toBe('초과액 ₩111,131 / 예산 ₩150,000')
    expect(sayKpi('ko', { code: 'kpi.findings-detail', params: { medium: 0, low: 1 } })).toBe('0 중간 · 1 낮음')
    expect(sayKpi('ko', { code: 'kpi.unknown-lines', params: { lines: ['RDS', 'ElastiCache'] } })).toBe('가격을 알 수 없는 항목이 2개라 합계는 하한값입니다: RDS, ElastiCache.')
  })

  it('says how many lines are unknown with a plural and a list in English', () => {
    expect(sayKpi('en', { code: 'kpi.unknown-lines', params: { lines: ['RDS'] } })).toBe('1 line has an unknown price, so the total is a lower bound: RDS.')
    expect(sayKpi('en', { code: 'kpi.unknown-lines', params: { lines: ['RDS', 'ElastiCache', 'Bastion'] } })).toBe(
      '3 lines have unknown prices, so the total is a lower bound: RDS, ElastiCache and Bastion.',
    )
  })
})
