import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { catalogKeyOf, selectInstancePrices } from './instance-prices'
import { readOfferCsv } from './read-offer-csv'
import { readOfferJson } from './read-offer-json'

const WRITTEN = join(__dirname, '../../../test-fixtures/price-list/written/offers/v1.0/aws')
const offer = (path: string) => {
  const content = readFileSync(join(WRITTEN, path), 'utf8')
  const result = path.endsWith('.csv') ? readOfferCsv(path, content) : readOfferJson(path, content)
  if (!result.ok) throw new Error(result.problem.code)
  return result.value
}

describe('instance prices from an offer file', () => {
  it('keeps EC2 Linux shared-tenancy on-demand hours at the published price and skips Windows and capacity reservations', () => {
    const { onDemand, conflicts } = selectInstancePrices(offer('AmazonEC2/20260401000000/us-east-1/index.json').prices)
    expect(conflicts).toEqual([])
    // AWS EC2 on-demand, us-east-1, Linux: t3.medium $0.0416, t3.large $0.0832, m5.large $0.096 per hour.
    expect(onDemand.map((p) => [p.key, p.usdPerHour])).toEqual([
      ['ec2.linux.m5.large.hour', 0.096],
      ['ec2.linux.t3.large.hour', 0.0832],
      ['ec2.linux.t3.medium.hour', 0.0416],
    ])
  })

  it('pairs a reservation upfront fee with its hourly rate and spreads the fee over 365 × 24 hours a year', () => {
    const { reserved } = selectInstancePrices(offer('AmazonEC2/20260401000000/us-east-1/index.json').prices)
    // Standard reservations only: the convertible term in the file is left out.
    expect(reserved.map((r) => [r.years, r.upfront, r.upfrontUsd, r.usdPerHour])).toEqual([
      [1, 'all', 215, 0],
      [1, 'no', 0, 0.0262],
      [1, 'partial', 110, 0.0125],
      [3, 'all', 414, 0],
    ])
    const partial = reserved.find((r) => r.upfront === 'partial')!
    expect(partial.effectiveUsdPerHour).toBeCloseTo(0.0125 + 110 / 8760, 6)
    expect(reserved.find((r) => r.years === 3)!.effectiveUsdPerHour).toBeCloseTo(414 / (3 * 8760), 6)
  })

  it('reads RDS MySQL and PostgreSQL by deployment from the CSV form and skips other engines', () => {
    const { onDemand, reserved } = selectInstancePrices(offer('AmazonRDS/20260401000000/us-east-1/index.csv').prices)
    // AWS RDS on-demand, us-east-1: MySQL db.t3.large $0.136, PostgreSQL db.t3.large $0.145,
    // MySQL db.t4g.small $0.032 Single-AZ and $0.065 Multi-AZ (not 2 × 0.032), MySQL db.m5.large $0.171.
    expect(Object.fromEntries(onDemand.map((p) => [p.key, p.usdPerHour]))).toEqual({
      'rds.mysql.db.m5.large.single_az.hour': 0.171,
      'rds.mysql.db.t3.large.single_az.hour': 0.136,
      'rds.mysql.db.t3.small.multi_az.hour': 0.068,
      'rds.mysql.db.t4g.small.multi_az.hour': 0.065,
      'rds.mysql.db.t4g.small.single_az.hour': 0.032,
      'rds.postgresql.db.t3.large.single_az.hour': 0.145,
    })
    expect(reserved.map((r) => [r.key, r.upfront, r.upfrontUsd, r.usdPerHour])).toEqual([
      ['rds.mysql.db.t3.small.multi_az.hour', 'all', 300, 0],
      ['rds.mysql.db.t3.small.multi_az.hour', 'partial', 150, 0.017],
    ])
  })

  it('reads ElastiCache nodes by engine', () => {
    const { onDemand } = selectInstancePrices(offer('AmazonElastiCache/20260401000000/us-east-1/index.json').prices)
    // AWS ElastiCache on-demand, us-east-1: cache.m4.large Redis $0.156, cache.t3.micro Redis $0.017, Valkey $0.0136.
    expect(onDemand.map((p) => [p.key, p.usdPerHour])).toEqual([
      ['elasticache.redis.cache.m4.large.hour', 0.156],
      ['elasticache.redis.cache.t3.micro.hour', 0.017],
      ['elasticache.valkey.cache.t3.micro.hour', 0.0136],
    ])
  })

  it('reports two different prices under one key instead of picking one', () => {
    const attributes = { productfamily: 'Compute Instance', instancetype: 't3.nano', operatingsystem: 'Linux', tenancy: 'Shared', preinstalledsw: 'NA' }
    const base = { termType: 'OnDemand' as const, offerTermCode: 'T', rateCode: 'R', description: '', unit: 'Hrs', beginRange: 0, endRange: Infinity, effectiveDate: '2026-04-01', reserved: null, attributes }
    const { onDemand, conflicts } = selectInstancePrices([
      { ...base, sku: 'A', usd: 0.0052 },
      { ...base, sku: 'B', usd: 0.006 },
    ])
    expect(onDemand).toEqual([])
    expect(conflicts).toEqual([{ key: 'ec2.linux.t3.nano.hour', skus: ['A', 'B'], usd: [0.0052, 0.006] }])
    expect(catalogKeyOf({ productfamily: 'Storage', instancetype: 'x' })).toBeNull()
  })
})
