import { describe, expect, it } from 'vitest'
import { lookupPrice, listPriceKeys } from './catalog'
import { PRICE_BOOK_REGIONS } from './price-book-regions'
import { PRICED_REGIONS } from '../model'
import { priceSheetsFor } from './price-sheet'
import { hasRegionBook } from './region-books'

describe('region books in lookupPrice', () => {
  it('covers exactly the regions the model accepts', () => {
    expect([...PRICED_REGIONS].sort()).toEqual([...PRICE_BOOK_REGIONS].sort())
    for (const region of PRICE_BOOK_REGIONS) expect(hasRegionBook(region)).toBe(true)
  })

  it('prices a class the curated catalog lacks from the region book, with its source and date', () => {
    // EC2 t3.medium Linux on-demand, us-east-1: $0.0416 an hour (AWS EC2 On-Demand pricing page).
    expect(lookupPrice('us-east-1', 'ec2.linux.t3.medium.hour')).toMatchObject({
      status: 'known',
      usd: 0.0416,
      basis: 'published',
      source: { asOf: '2026-07-20' },
    })
  })

  it('keeps the curated catalog first, so seed 000 is still reproduced from it', () => {
    const fargate = lookupPrice('us-east-1', 'fargate.linux_x86.vcpu_hour')
    expect(fargate).toMatchObject({ usd: 0.04048, basis: 'published' })
    if (fargate.status === 'known') expect(fargate.source.title).not.toMatch(/aws-price/)
  })

  it("keeps a book's derived basis and says how it was derived", () => {
    // Tokyo's RDS Multi-AZ rows are 2 × Single-AZ in the extended catalog (its README: "derived").
    const price = lookupPrice('ap-northeast-1', 'rds.mysql.db.t3.small.multi_az.hour')
    expect(price).toMatchObject({ status: 'known', basis: 'derived' })
    if (price.status === 'known') expect(price.explanation).toMatch(/2 x Single-AZ/)
  })

  it("lists the book's keys beside the catalog's for the price table", () => {
    expect(listPriceKeys('eu-central-1').length).toBeGreaterThan(200)
    expect(listPriceKeys('us-east-1')).toContain('ec2.linux.t3.large.hour')
  })
})

describe('price sheets for server-rendered pages', () => {
  it('carries what was looked up, the same classes in every variant, and the non-instance prices', () => {
    const [sheet] = priceSheetsFor(() => lookupPrice('ap-northeast-2', 'rds.postgresql.db.t3.small.single_az.hour'))
    expect(sheet!.region).toBe('ap-northeast-2')
    const keys = Object.keys(sheet!.prices)
    expect(keys).toContain('rds.postgresql.db.t3.small.single_az.hour')
    expect(keys).toContain('rds.mysql.db.t3.small.multi_az.hour')
    expect(keys).toContain('nat_gateway.hour')
    expect(keys).not.toContain('rds.postgresql.db.m5.large.single_az.hour')
    expect(keys.length).toBeLessThan(60)
    // Every price names a source the sheet carries.
    const ids = new Set(sheet!.sources.map((s) => s.id))
    for (const price of Object.values(sheet!.prices)) expect(ids.has(price.source)).toBe(true)
  })
})
