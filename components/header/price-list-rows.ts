import { priceAge, type PriceAge } from '@/lib/pricing/price-age'
import { PRICE_SERVICES, serviceOfPriceKey, type PriceService } from '@/lib/pricing/price-service'

/** The bases a listed price can have: how it was obtained, or unknown. */
export const PRICE_LIST_BASES = ['published', 'derived', 'seed-stated', 'assumed', 'unknown'] as const
export type PriceListBasis = (typeof PRICE_LIST_BASES)[number]

/** One price as /api/prices sends it. The basis is a plain string: an unexpected one is shown as sent. */
export type CatalogPrice = { key: string; usd: number | null; unit: string; basis: string; source: string | null; asOf: string | null; explanation: string | null }

export type PriceListRow = CatalogPrice & { service: PriceService; age: PriceAge; searchText: string }

export type PriceListFilter = { service: PriceService | 'all'; basis: PriceListBasis | 'all'; query: string }

/** A price the design gives itself (its `pricing.overrides`): a negotiated rate, "your assumption". */
export type DesignPriceOverride = { key: string; usd: number; note?: string }

/**
 * The region's list with the design's own prices in it: an override replaces the catalog's row for
 * its key (keeping the unit) or is added when the catalog lists no such key; its basis is
 * `assumed`, its source the override's note or `source`, and it has no date (so it is never old).
 */
export function withDesignPrices(prices: readonly CatalogPrice[], overrides: readonly DesignPriceOverride[], source: string): CatalogPrice[] {
  if (overrides.length === 0) return [...prices]
  const byKey = new Map(overrides.map((o) => [o.key, o]))
  const assumed = (o: DesignPriceOverride, unit: string): CatalogPrice => ({ key: o.key, usd: o.usd, unit, basis: 'assumed', source: o.note ?? source, asOf: null, explanation: null })
  const listed = prices.map((p) => {
    const o = byKey.get(p.key)
    return o ? assumed(o, p.unit) : p
  })
  const known = new Set(prices.map((p) => p.key))
  return [...listed, ...overrides.filter((o) => !known.has(o.key)).map((o) => assumed(o, ''))]
}

/** Each price with its service, its age on `today`, and the text a search matches (key, unit, source). */
export function toPriceRows(prices: readonly CatalogPrice[], today: Date): PriceListRow[] {
  return prices.map((p) => ({
    ...p,
    service: serviceOfPriceKey(p.key),
    age: priceAge(p.asOf, today),
    searchText: `${p.key} ${p.unit} ${p.source ?? ''}`.toLowerCase(),
  }))
}

/**
 * The rows the filters keep, in the order given. The query matches any of its words, all of them
 * required, against the key (which holds the class: 'db.t3.large'), the unit and the source:
 * 't3.large multi' keeps 'rds.mysql.db.t3.large.multi_az.hour'.
 */
export function filterPriceRows(rows: readonly PriceListRow[], filter: PriceListFilter): PriceListRow[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean)
  return rows.filter(
    (row) =>
      (filter.service === 'all' || row.service === filter.service) &&
      (filter.basis === 'all' || row.basis === filter.basis) &&
      words.every((word) => row.searchText.includes(word)),
  )
}

/** The services present in a region's list, in PRICE_SERVICES order, so the filter offers no empty choice. */
export function servicesIn(rows: readonly PriceListRow[]): PriceService[] {
  const present = new Set(rows.map((r) => r.service))
  return PRICE_SERVICES.filter((s) => present.has(s))
}
