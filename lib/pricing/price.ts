import type { ReservedPurchase } from './region-book'

/** Where a unit price came from, shown next to every figure that uses it. */
export type PriceSource = {
  title: string
  location: string
  asOf: string
  trust: string | null
}

/**
 * How a known price was obtained: read from a source, derived from one by a documented rule,
 * stated by a seed document (unverified), or given by the user (an override: "your assumption").
 */
export type PriceBasis = 'published' | 'derived' | 'seed-stated' | 'assumed'

/**
 * A unit price, or the honest statement that we do not know it.
 * `basis` says how a known price was obtained: read from a source, derived from one by a
 * documented rule (RDS Multi-AZ ≈ 2 × Single-AZ), or stated by a seed document and unverified.
 */
export type Price =
  | {
      status: 'known'
      key: string
      usd: number
      unit: string
      basis: PriceBasis
      source: PriceSource
      /** For a reservation: its term, what is paid upfront and by the hour (`usd` is their effective hourly rate). */
      purchase?: ReservedPurchase
      /** For derived and seed-stated prices: the rule or quote behind the number. */
      explanation: string | null
      note: string | null
    }
  | {
      status: 'unknown'
      key: string
      unit: string
      /** Whether the price file lists the key (without a price, `note` saying why) or not at all. */
      listed: boolean
      note: string | null
    }

