import type { RegionBook, RegionPrice } from '../region-book'
import type { InstancePrices, KeyConflict } from './instance-prices'
import { reservedKeyOf } from './reserved-key'

/** One offer file's instance prices for a region, with where and when AWS published them. */
export type OfferUpdate = { offerCode: string; version: string; publicationDate: string; location: string; prices: InstancePrices }

/** A price whose value moved by more than the threshold; `ratio` = to / from. */
export type PriceChange = { key: string; fromUsd: number; toUsd: number; ratio: number }

export type PriceUpdatePlan = {
  next: RegionBook
  added: { key: string; usd: number }[]
  changed: PriceChange[]
  /** Re-dated to the new publication, value within the threshold. */
  confirmed: number
  /** In the current book for a service the update covers, absent from AWS's new list: kept with its old date. */
  notInNewList: { key: string; usd: number; asOf: string }[]
  conflicts: KeyConflict[]
}

/** Changes at or under 1 % are re-dated, not listed: AWS rounds list prices, and 1 % is within that noise. */
const LISTED_CHANGE = 0.01

/** The key prefixes an offer file speaks for, so only those keys can be "not in the new list". */
const COVERS: Record<string, readonly string[]> = {
  AmazonEC2: ['ec2.linux.', 'reserved.ec2.'],
  AmazonRDS: ['rds.mysql.', 'rds.postgresql.', 'reserved.rds.'],
  AmazonElastiCache: ['elasticache.', 'reserved.elasticache.'],
}

/**
 * The region's book after AWS's new Price List files: new prices added, changed ones replaced
 * and listed (> 1 %), equal ones re-dated, and prices the new list lacks kept and listed, never
 * dropped. Each new price cites its offer file and publication date.
 */
export function planPriceUpdate(current: RegionBook, offers: readonly OfferUpdate[]): PriceUpdatePlan {
  const sources = [...current.sources]
  const prices: Record<string, RegionPrice> = { ...current.prices }
  const added: PriceUpdatePlan['added'] = []
  const changed: PriceChange[] = []
  const seen = new Set<string>()
  let confirmed = 0
  const put = (key: string, price: RegionPrice) => {
    seen.add(key)
    const before = current.prices[key]
    prices[key] = price
    if (!before) added.push({ key, usd: price.usd })
    else if (Math.abs(price.usd - before.usd) > LISTED_CHANGE * before.usd) changed.push({ key, fromUsd: before.usd, toUsd: price.usd, ratio: before.usd === 0 ? Infinity : price.usd / before.usd })
    else confirmed++
  }
  for (const offer of offers) {
    const asOf = offer.publicationDate.slice(0, 10)
    const source = sources.length === 0 ? 0 : Math.max(...sources.map((s) => s.id)) + 1
    sources.push({ id: source, title: `AWS Price List bulk file ${offer.offerCode} ${offer.version}`, location: offer.location, asOf, trust: 'high' })
    for (const p of offer.prices.onDemand) put(p.key, { usd: p.usdPerHour, unit: 'Hrs', source, asOf, basis: 'published', note: null })
    for (const r of offer.prices.reserved) {
      put(reservedKeyOf(r.key, r.years, r.upfront), {
        usd: r.effectiveUsdPerHour,
        unit: 'effective USD per hour',
        source,
        asOf,
        basis: 'published',
        note: null,
        reserved: { years: r.years, upfront: r.upfront, upfrontUsd: r.upfrontUsd, usdPerHour: r.usdPerHour },
      })
    }
  }
  const covered = offers.flatMap((o) => COVERS[o.offerCode] ?? [])
  const notInNewList = Object.entries(current.prices)
    .filter(([key]) => !seen.has(key) && covered.some((prefix) => key.startsWith(prefix)))
    .map(([key, p]) => ({ key, usd: p.usd, asOf: p.asOf }))
  const newest = offers.map((o) => o.publicationDate.slice(0, 10)).sort().at(-1)
  const compiled = newest && newest > current.compiled ? newest : current.compiled
  const sorted = Object.fromEntries(Object.entries(prices).sort(([a], [b]) => a.localeCompare(b)))
  return {
    next: { region: current.region, compiled, sources, prices: sorted },
    added,
    changed,
    confirmed,
    notInNewList,
    conflicts: offers.flatMap((o) => o.prices.conflicts),
  }
}
