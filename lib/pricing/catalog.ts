import catalogJson from '../../data/prices/aws-unit-prices.json' with { type: 'json' }
import seedStatedJson from '../../data/prices/seed-stated.json' with { type: 'json' }
import type { Region } from '../model'
import type { Price, PriceSource } from './price'
import { roundPrice } from './round-price'
import { regionBookEntry, regionBookKeys } from './region-books'

type RawPrice = { usd: number | null; unit: string; source: number | null; trust: string | null; note: string | null }
type RawCatalog = {
  compiled: string
  regions: Record<string, Record<string, RawPrice>>
  sources: { id: number; title: string; location: string; asOf: string; trust: string | null }[]
}

const catalog = catalogJson as unknown as RawCatalog
const sourcesById = new Map(catalog.sources.map((s) => [s.id, s]))

/** AWS: a Multi-AZ deployment "can cost approximately twice as much" as Single-AZ (RDS User Guide). */
const MULTI_AZ_RULE_SOURCE_ID = 28

export const PRICE_CATALOG_COMPILED = catalog.compiled

function sourceOf(id: number | null, trust: string | null): PriceSource {
  const s = id === null ? undefined : sourcesById.get(id)
  if (!s) return { title: 'unknown source', location: '', asOf: 'date unknown', trust }
  return { title: s.title, location: s.location, asOf: s.asOf, trust: trust ?? s.trust }
}

function publishedPrice(region: Region, key: string): Price | undefined {
  const raw = catalog.regions[region]?.[key]
  if (!raw) return undefined
  if (raw.usd === null) return { status: 'unknown', key, unit: raw.unit, listed: true, note: raw.note }
  return {
    status: 'known',
    key,
    usd: raw.usd,
    unit: raw.unit,
    basis: 'published',
    source: sourceOf(raw.source, raw.trust),
    explanation: null,
    note: raw.note,
  }
}

/** RDS Multi-AZ keys (instance hours, storage) fall back to 2 × the Single-AZ price. */
function derivedMultiAzPrice(region: Region, key: string, unknown: Price): Price {
  if (!key.includes('.multi_az.')) return unknown
  const single = publishedPrice(region, key.replace('.multi_az.', '.single_az.'))
  if (!single || single.status !== 'known') return unknown
  return {
    status: 'known',
    key,
    usd: roundPrice(single.usd * 2, 6),
    unit: unknown.unit,
    basis: 'derived',
    source: sourceOf(MULTI_AZ_RULE_SOURCE_ID, 'derived'),
    explanation: `2 × Single-AZ $${single.usd} (${single.source.title}, ${single.source.asOf}): AWS says Multi-AZ "can cost approximately twice" Single-AZ`,
    note: null,
  }
}

/** A price from the region's book (data/prices/regions), when that part of the book is loaded. */
function regionBookPrice(region: Region, key: string): Extract<Price, { status: 'known' }> | undefined {
  const entry = regionBookEntry(region, key)
  if (!entry) return undefined
  const { price, source } = entry
  return {
    status: 'known',
    key,
    usd: price.usd,
    unit: price.unit,
    basis: price.basis,
    source: { title: source?.title ?? 'unknown source', location: source?.location ?? '', asOf: price.asOf, trust: source?.trust ?? null },
    // The book's note says how a derived price was obtained (2 × Single-AZ, monthly ÷ 730.5, …).
    explanation: price.basis === 'derived' ? price.note : null,
    note: price.basis === 'derived' ? null : price.note,
    ...(price.reserved ? { purchase: price.reserved } : {}),
  }
}

function seedStatedPrice(region: Region, key: string): Price | undefined {
  const stated = seedStatedJson.prices.find((p) => p.region === region && p.key === key)
  if (!stated) return undefined
  return {
    status: 'known',
    key,
    usd: stated.usd,
    unit: stated.unit,
    basis: 'seed-stated',
    // The seed reference is the title; the words around it ("seed document") are the catalog's (cost.source.seed-stated).
    source: { title: stated.seed, location: stated.seed, asOf: stated.asOf, trust: 'unverified' },
    explanation: `stated by the seed, not confirmed by any price source: "${stated.quote}"`,
    note: null,
  }
}

/**
 * The unit price for `key` in `region`, the first of: published in the curated catalog
 * (aws-unit-prices.json, which seed 000 is reproduced from), published in the region's book,
 * derived by a documented rule from the catalog, derived in the book, stated by a seed; else
 * unknown (never 0).
 * Example: lookupPrice('us-east-1', 'fargate.linux_x86.vcpu_hour') → $0.04048 per vCPU-hour.
 */
export function lookupPrice(region: Region, key: string): Price {
  // Read from the book first even when the catalog wins: a page's price sheet records every lookup.
  const fromBook = regionBookPrice(region, key)
  const published = publishedPrice(region, key)
  if (published?.status === 'known') return published
  if (fromBook?.basis === 'published') return fromBook
  const unknown: Price = published ?? { status: 'unknown', key, unit: unitGuess(key), listed: false, note: null }
  const derived = derivedMultiAzPrice(region, key, unknown)
  if (derived.status === 'known') return derived
  return fromBook ?? seedStatedPrice(region, key) ?? unknown
}

/** Every key the catalog and the region's loaded book list, for the price table in the UI. */
export function listPriceKeys(region: Region): string[] {
  return [...new Set([...Object.keys(catalog.regions[region] ?? {}), ...regionBookKeys(region)])]
}

function unitGuess(key: string): string {
  if (key.endsWith('.hour') || key.endsWith('_hour')) return 'per hour'
  if (key.endsWith('.gb_month')) return 'per GB-month'
  if (key.endsWith('.gb')) return 'per GB'
  return 'per unit'
}
