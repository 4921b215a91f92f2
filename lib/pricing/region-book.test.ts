import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PRICE_BOOK_REGIONS } from './price-book-regions'
import { RegionBookSchema } from './region-book'

const DIR = join(__dirname, '../../data/prices/regions')

describe('the shipped region price books', () => {
  it('are one valid book per region ArchDeck prices, each price citing a source in its book', () => {
    expect(readdirSync(DIR).sort()).toEqual(PRICE_BOOK_REGIONS.map((r) => `${r}.json`).sort())
    for (const region of PRICE_BOOK_REGIONS) {
      const parsed = RegionBookSchema.safeParse(JSON.parse(readFileSync(join(DIR, `${region}.json`), 'utf8')))
      expect(parsed.success ? '' : parsed.error.message, region).toBe('')
      expect(parsed.data?.region).toBe(region)
    }
  })

  it('refuses a book whose price cites a source it does not list', () => {
    const book = { region: 'us-east-1', compiled: '2026-01-01', sources: [], prices: { 'nat_gateway.hour': { usd: 0.045, unit: 'Hrs', source: 3, asOf: '2026-01-01', basis: 'published', note: null } } }
    const parsed = RegionBookSchema.safeParse(book)
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['prices', 'nat_gateway.hour', 'source'], message: "source 3 is not in the book's sources" })
  })
})
