import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildRegionBooks } from './build-region-books.mjs'

type Book = { region: string; prices: Record<string, { usd: number; unit: string; source: number; asOf: string; basis: string; note: string | null }>; sources: { id: number; location: string }[] }
const book = (region: string): Book => JSON.parse(readFileSync(join(__dirname, '../../data/prices/regions', `${region}.json`), 'utf8')) as Book

describe('region price books imported from the extended catalog', () => {
  it('files each row under its catalog key with source, date and basis', () => {
    const { books, report } = buildRegionBooks({
      rows: [
        { service: 'rds', region: 'us-east-1', key: 'db.t3.large', engine: 'MySQL', deployment: 'Multi-AZ', unit: 'Hrs', usd: 0.272, source: 'vantage-sh/ec2instances.info:www/rds/instances.json@14ede5a', asOf: '2021-08-03', derived: true, note: '2 x Single-AZ' },
        { service: 'elasticache', region: 'us-east-1', key: 'cache.t3.micro', engine: 'Valkey', unit: 'Hrs', usd: 0.0136, source: 'LeanerCloud/ec2-instances-info:data/elasticache-instances.json@f9eafba', asOf: '2025-04-24' },
        { service: 'quantum', region: 'us-east-1', key: 'qubit-hour', unit: 'Hrs', usd: 1, source: 'x', asOf: '2025-01-01' },
      ],
      sources: { vantageRds: { repo: 'vantage-sh/ec2instances.info', path: 'www/rds/instances.json' } },
      compiled: '2026-01-01',
    })
    expect(books['us-east-1']!.prices['rds.mysql.db.t3.large.multi_az.hour']).toEqual({ usd: 0.272, unit: 'Hrs', source: 0, asOf: '2021-08-03', basis: 'derived', note: '2 x Single-AZ' })
    expect(books['us-east-1']!.prices['elasticache.valkey.cache.t3.micro.hour']).toMatchObject({ usd: 0.0136, basis: 'published' })
    expect(books['us-east-1']!.sources[0]).toMatchObject({ title: 'vantage-sh/ec2instances.info: www/rds/instances.json' })
    // Nothing is dropped silently: a row without a key is reported.
    expect(report.unmapped).toEqual(['us-east-1 quantum qubit-hour'])
  })

  it('reports two prices under one key and keeps the newer', () => {
    const row = { service: 'vpc-nat', region: 'us-east-2', key: 'hour', unit: 'Hrs', source: 's', note: null }
    const { books, report } = buildRegionBooks({ rows: [{ ...row, usd: 0.045, asOf: '2024-01-01' }, { ...row, usd: 0.048, asOf: '2025-01-01' }], sources: {}, compiled: 'x' })
    expect(report.conflicts).toEqual([{ region: 'us-east-2', key: 'nat_gateway.hour', usd: [0.045, 0.048] }])
    expect(books['us-east-2']!.prices['nat_gateway.hour']!.usd).toBe(0.048)
  })

  it('holds the published us-east-1 prices users ask for (data/prices/regions, imported from the extended catalog)', () => {
    const prices = book('us-east-1').prices
    // AWS on-demand, us-east-1 (spot-checked in the extended catalog's README against AWS's pages).
    expect(prices['rds.mysql.db.t3.large.single_az.hour']!.usd).toBe(0.136)
    expect(prices['rds.postgresql.db.t3.large.single_az.hour']!.usd).toBe(0.145)
    expect(prices['rds.mysql.db.t4g.small.multi_az.hour']!.usd).toBe(0.065)
    expect(prices['rds.mysql.db.m5.large.single_az.hour']!.usd).toBe(0.171)
    expect(prices['ec2.linux.t3.medium.hour']!.usd).toBe(0.0416)
    expect(prices['ec2.linux.t3.large.hour']!.usd).toBe(0.0832)
    expect(prices['ec2.linux.m5.large.hour']!.usd).toBe(0.096)
    expect(prices['elasticache.redis.cache.m4.large.hour']!.usd).toBe(0.156)
    expect(prices['elasticache.redis.cache.t3.micro.hour']!.usd).toBe(0.017)
    expect(prices['rds.storage.gp2.single_az.gb_month']!.usd).toBe(0.115)
  })

  it('has a book for each of the seven regions, each price with a source in its book and a date', () => {
    for (const region of ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-northeast-1', 'ap-northeast-2']) {
      const b = book(region)
      expect(b.region).toBe(region)
      const ids = new Set(b.sources.map((s) => s.id))
      for (const [key, price] of Object.entries(b.prices)) {
        expect(ids.has(price.source), `${region} ${key}`).toBe(true)
        expect(price.asOf, `${region} ${key}`).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      }
      // Fargate, NAT and CloudWatch are priced per region from AWS's pricing-page feeds.
      expect(b.prices['fargate.linux_x86.vcpu_hour'], region).toBeDefined()
      expect(b.prices['nat_gateway.hour'], region).toBeDefined()
    }
  })
})
