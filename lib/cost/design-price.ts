import type { ArchitectureConfig } from '../model'
import { lookupPrice, type Price, type PriceSource } from '../pricing'
import { roundPrice } from '../pricing/round-price'

export type KnownPrice = Extract<Price, { status: 'known' }>

/**
 * How the design's own `pricing` (lib/model/pricing-options.ts) or a Spot discount turned a
 * catalog price into the one a line pays; priceLine shows it in the formula and the source.
 */
export type PriceAdjustment =
  /** The user's own unit price for the key. */
  | { kind: 'override'; note: string | null }
  /** The user's enterprise discount, off a published or derived price. */
  | { kind: 'discount'; percent: number; list: KnownPrice }
  /** A Spot price as a discount off on-demand: the user's assumption, or a seed's statement. */
  | { kind: 'spot'; percent: number; onDemand: KnownPrice }

/** A line's unit price as the design pays it, and what changed it from the catalog's. */
export type DesignPrice = { price: Price; adjustment?: PriceAdjustment }

/** Where a user's override comes from: the design itself, undated. */
const OVERRIDE_SOURCE: PriceSource = { title: 'pricing.overrides', location: 'pricing.overrides', asOf: '', trust: 'assumed' }

/**
 * The unit price every cost line uses: the design's override for `key` if it has one, else the
 * catalog's (lookupPrice), less the design's enterprise discount when the catalog's is published
 * or derived. A seed-stated or unknown price is left as it is: a discount of nothing is nothing.
 * Example: `pricing: { discountPercent: 10 }`, alb.hour $0.0225 published → $0.02025, basis 'assumed'.
 */
export function designPrice(config: ArchitectureConfig, key: string): DesignPrice {
  const listed = lookupPrice(config.region, key)
  const override = config.pricing?.overrides.find((o) => o.key === key)
  if (override) {
    const note = override.note ?? null
    return {
      price: { status: 'known', key, usd: override.usd, unit: listed.unit, basis: 'assumed', source: OVERRIDE_SOURCE, explanation: null, note },
      adjustment: { kind: 'override', note },
    }
  }
  const percent = config.pricing?.discountPercent
  if (!percent || listed.status !== 'known' || (listed.basis !== 'published' && listed.basis !== 'derived')) return { price: listed }
  return { price: discounted(listed, percent, 'assumed', listed.source, null), adjustment: { kind: 'discount', percent, list: listed } }
}

/** `list` less `percent` %, under another basis; a reservation's upfront fee and hourly rate are discounted alike. */
export function discounted(list: KnownPrice, percent: number, basis: KnownPrice['basis'], source: PriceSource, explanation: string | null, key = list.key): KnownPrice {
  const keep = 1 - percent / 100
  const purchase = list.purchase && { ...list.purchase, upfrontUsd: roundPrice(list.purchase.upfrontUsd * keep, 10), usdPerHour: roundPrice(list.purchase.usdPerHour * keep, 10) }
  return { ...list, key, usd: roundPrice(list.usd * keep, 10), basis, source, explanation, ...(purchase ? { purchase } : {}) }
}
