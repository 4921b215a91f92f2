import { describe, expect, it } from 'vitest'
import catalogJson from '../../data/prices/aws-unit-prices.json' with { type: 'json' }
import seedStatedJson from '../../data/prices/seed-stated.json' with { type: 'json' }
import seoulBook from '../../data/prices/regions/ap-northeast-2.json' with { type: 'json' }
import { priceAge, priceAgeOf, withOldPrices } from './price-age'

const TODAY = new Date('2026-12-06T15:30:00Z')

describe('priceAge (issue 12 §4: a price older than 12 months is marked "old" with its date)', () => {
  it('marks a region book date more than 12 months back as old, with that date', () => {
    expect(priceAge('2020-07-02', TODAY)).toEqual({ date: '2020-07-02', old: true })
    expect(priceAge('2025-10-27', TODAY)).toEqual({ date: '2025-10-27', old: true })
  })

  it('keeps a date within the last 12 months fresh', () => {
    expect(priceAge('2026-07-20', TODAY)).toEqual({ date: '2026-07-20', old: false })
  })

  it('calls a price old only from the day after it turns 12 months', () => {
    expect(priceAge('2025-12-06', TODAY).old).toBe(false)
    expect(priceAge('2025-12-05', TODAY).old).toBe(true)
    // The time of day of the clock does not matter, only its UTC day.
    expect(priceAge('2025-12-05', new Date('2026-12-06T00:00:00Z')).old).toBe(true)
  })

  it('counts back 12 months from a month end without overflowing into the next month', () => {
    expect(priceAge('2024-02-28', new Date('2025-02-28T12:00:00Z')).old).toBe(false)
    expect(priceAge('2024-02-28', new Date('2025-03-01T12:00:00Z')).old).toBe(true)
    expect(priceAge('2025-02-28', new Date('2026-02-28T00:00:00Z')).old).toBe(false)
  })

  it('reads the first date among the words of the base catalog sources', () => {
    expect(priceAge('AWS publication 2025-10-27 (commit 2025-11-03)', TODAY)).toEqual({ date: '2025-10-27', old: true })
    expect(priceAge('commit 2021-01-10 (old; Spot rates vary)', TODAY)).toEqual({ date: '2021-01-10', old: true })
    expect(priceAge('fetched 2025-11-04 (lib/data/pricing/metadata.json)', TODAY)).toEqual({ date: '2025-11-04', old: true })
    expect(priceAge('generated 2026-07-20', TODAY)).toEqual({ date: '2026-07-20', old: false })
    expect(priceAge('page read 2026-09-20', TODAY)).toEqual({ date: '2026-09-20', old: false })
  })

  it('reads a month as its last day', () => {
    expect(priceAge('2026-06', TODAY)).toEqual({ date: '2026-06', old: false })
    expect(priceAge('asOf 2026-08', TODAY)).toEqual({ date: '2026-08', old: false })
    expect(priceAge('2025-11', TODAY)).toEqual({ date: '2025-11', old: true })
    expect(priceAge('2025-12', TODAY)).toEqual({ date: '2025-12', old: false })
  })

  it('reads a year, or a span of years, as its last day: a seed dated "2025" is old from 2027', () => {
    expect(priceAge('2025 (seed document)', TODAY)).toEqual({ date: '2025', old: false })
    expect(priceAge('2025 (seed document)', new Date('2027-01-01T00:00:00Z'))).toEqual({ date: '2025', old: true })
    expect(priceAge('2025 (project dated Oct 2025 per seed 002)', TODAY)).toEqual({ date: '2025', old: false })
    expect(priceAge('2023/2024', TODAY)).toEqual({ date: '2023/2024', old: true })
    expect(priceAge('2026', TODAY)).toEqual({ date: '2026', old: false })
  })

  it('never calls a price old without a date to show', () => {
    for (const asOf of ['date unknown', 'date not stated', 'stored copy, date unknown', 'date not shown (old, db.t2 era)', '', null, undefined])
      expect(priceAge(asOf, TODAY)).toEqual({ date: null, old: false })
  })

  it('refuses impossible dates rather than guessing', () => {
    expect(priceAge('2025-13-01', TODAY)).toEqual({ date: null, old: false })
    expect(priceAge('2025-02-30', TODAY)).toEqual({ date: null, old: false })
    expect(priceAge('2024/2023', TODAY)).toEqual({ date: null, old: false })
    expect(priceAge('2020-07-02', new Date(Number.NaN))).toEqual({ date: '2020-07-02', old: false })
  })

  it('finds a date in every source of the catalogs that writes a year, and none in the others', () => {
    const forms = [...catalogJson.sources.map((s) => s.asOf), ...seedStatedJson.prices.map((p) => p.asOf), ...Object.values(seoulBook.prices).map((p) => p.asOf)]
    for (const asOf of new Set(forms)) expect(priceAge(asOf, TODAY).date === null, asOf).toBe(!/\d{4}/.test(asOf))
  })
})

describe('priceAgeOf', () => {
  it('ages a known price by its source date and never an unknown one', () => {
    const source = { title: 'AWS', location: '', asOf: '2020-07-02', trust: null }
    expect(priceAgeOf({ status: 'known', key: 'k', usd: 1, unit: 'per hour', basis: 'published', source, explanation: null, note: null }, TODAY)).toEqual({ date: '2020-07-02', old: true })
    expect(priceAgeOf({ status: 'unknown', key: 'k', unit: 'per hour', listed: false, note: null }, TODAY)).toEqual({ date: null, old: false })
  })
})

describe('withOldPrices', () => {
  it('keeps the items whose price is old, with their age, in order', () => {
    const priced = (id: string, asOf: string) => ({ id, price: { status: 'known' as const, key: id, usd: 1, unit: 'per hour', basis: 'published' as const, source: { title: 'AWS', location: '', asOf, trust: null }, explanation: null, note: null } })
    const items = [priced('a', '2020-07-02'), priced('b', '2026-07-20'), priced('c', '2025-10-27'), { id: 'd', price: { status: 'unknown' as const, key: 'd', unit: 'per hour', listed: false, note: null } }]
    expect(withOldPrices(items, TODAY).map(({ item, age }) => [item.id, age.date])).toEqual([
      ['a', '2020-07-02'],
      ['c', '2025-10-27'],
    ])
  })
})
