import { describe, expect, it } from 'vitest'
import catalog from '../../data/prices/aws-unit-prices.json' with { type: 'json' }
import { lookupPrice } from './catalog'

describe('lookupPrice', () => {
  it('returns a published price with its source and date', () => {
    const price = lookupPrice('us-east-1', 'fargate.linux_x86.vcpu_hour')
    expect(price).toMatchObject({ status: 'known', usd: 0.04048, basis: 'published' })
    if (price.status === 'known') {
      expect(price.source.title).toMatch(/Fargate/)
      expect(price.source.asOf).toMatch(/2025/)
    }
  })

  it('derives RDS Multi-AZ as twice Single-AZ and says so', () => {
    const price = lookupPrice('ap-northeast-2', 'rds.postgresql.db.t3.small.multi_az.hour')
    expect(price).toMatchObject({ status: 'known', usd: 0.112, basis: 'derived' })
    if (price.status === 'known') expect(price.explanation).toMatch(/2 × Single-AZ \$0.056/)
  })

  it('prefers a published Multi-AZ price over the derived one', () => {
    // Seoul publishes gp3 Multi-AZ storage (0.262) — exactly twice Single-AZ, but read, not derived.
    expect(lookupPrice('ap-northeast-2', 'rds.storage.gp3.multi_az.gb_month')).toMatchObject({ usd: 0.262, basis: 'published' })
  })

  it('keeps a price the catalog lacks unknown instead of zero', () => {
    // No stored AWS source prices RDS storage outside the regions aws-unit-prices.json covers.
    const price = lookupPrice('eu-west-1', 'rds.storage.gp2.single_az.gb_month')
    expect(price.status).toBe('unknown')
    expect(lookupPrice('us-east-1', 'ec2.linux.t4g.medium.spot.hour').status).toBe('unknown')
  })

  it('uses the seed-stated Database Insights price only in the seed\'s region', () => {
    expect(lookupPrice('us-east-1', 'rds.database_insights.advanced.vcpu_hour')).toMatchObject({ basis: 'seed-stated', usd: 0.0125 })
    expect(lookupPrice('ap-northeast-2', 'rds.database_insights.advanced.vcpu_hour').status).toBe('unknown')
  })

  it('keeps a source and date for every known price in the copied catalog', () => {
    const sources = new Set(catalog.sources.map((s) => s.id))
    for (const region of Object.values(catalog.regions))
      for (const [key, price] of Object.entries(region as Record<string, { usd: number | null; source: number | null }>))
        if (price.usd !== null) expect(sources.has(price.source!), key).toBe(true)
  })
})
