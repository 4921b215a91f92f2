import type { Reason } from '../../explain/reason'

/**
 * The mark beside a price's date when it is more than 12 months old (lib/pricing/price-age.ts):
 * on the dashboard's cost lines, the deck, the reports and the price list. `date` is the date as
 * the source gives it ('2020-07-02', '2025'), shown unformatted so it reads like the source.
 */
type Age<Code extends string, Params extends object = Record<string, never>> = Reason<`price-age.${Code}`, Params>

export type PriceAgeReason =
  /** The mark itself: "old (2020-07-02)". */
  | Age<'old', { date: string }>
  /** What the mark means, for a tooltip or a screen reader. */
  | Age<'old-title', { date: string }>
  /** The heading over a list of the bill lines whose prices are old (the deck). */
  | Age<'old-lines', { count: number }>
