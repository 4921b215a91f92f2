import { describe, expect, it } from 'vitest'
import { filterPriceRows, toPriceRows, withDesignPrices, type CatalogPrice } from './price-list-rows'

const ALB: CatalogPrice = { key: 'alb.hour', usd: 0.0225, unit: 'per hour', basis: 'published', source: 'AWS ELB pricing', asOf: '2026-09-20', explanation: null }
const NAT: CatalogPrice = { key: 'nat_gateway.hour', usd: 0.045, unit: 'per hour', basis: 'published', source: 'AWS VPC pricing', asOf: '2020-07-02', explanation: null }

describe('withDesignPrices', () => {
  it('shows the design\'s own price in place of the catalog\'s, as "your assumption", undated', () => {
    const rows = withDesignPrices([ALB, NAT], [{ key: 'alb.hour', usd: 0.02, note: 'EDP quote 2026-11' }], 'the design’s own price')
    expect(rows[0]).toEqual({ key: 'alb.hour', usd: 0.02, unit: 'per hour', basis: 'assumed', source: 'EDP quote 2026-11', asOf: null, explanation: null })
    expect(rows[1]).toBe(NAT)
  })

  it('adds a key the catalog does not list, with the given source when the override has no note', () => {
    const rows = withDesignPrices([ALB], [{ key: 'reserved.ec2.t2.micro.linux.1yr_all_upfront.effective_hour', usd: 0.0116 }], 'the design’s own price')
    expect(rows.map((r) => [r.key, r.basis, r.source])).toEqual([
      ['alb.hour', 'published', 'AWS ELB pricing'],
      ['reserved.ec2.t2.micro.linux.1yr_all_upfront.effective_hour', 'assumed', 'the design’s own price'],
    ])
  })

  it('is found by the "your assumption" filter and never marked old', () => {
    const rows = toPriceRows(withDesignPrices([ALB, NAT], [{ key: 'nat_gateway.hour', usd: 0.04 }], 'own'), new Date('2026-12-06T00:00:00Z'))
    const assumed = filterPriceRows(rows, { service: 'all', basis: 'assumed', query: '' })
    expect(assumed.map((r) => [r.key, r.age])).toEqual([['nat_gateway.hour', { date: null, old: false }]])
  })
})
