import type { Reason } from '../../explain/reason'
import type { PriceService } from '../../pricing/price-service'

/**
 * The price list's own words (the header's "Prices" dialog): its filters, the service names, the
 * count of rows shown and the empty list. Keys of the `price-list-view` namespace. The title, the
 * column headers and the loading and failure lines are the `ui` namespace's `prices.*`.
 */
type View<Code extends string, Params extends object = Record<string, never>> = Reason<`price-list-view.${Code}`, Params>

export type PriceListViewReason =
  | View<'filters'>
  | View<'service'>
  | View<'price-region'>
  | View<'region-option', { region: string }>
  | View<'basis'>
  | View<'search'>
  | View<'search-hint'>
  | View<'all-services'>
  | View<'all-bases'>
  | View<'service-name', { service: PriceService }>
  | View<'col-source'>
  /** The source of a price the design gives itself, when its override has no note. */
  | View<'override-source'>
  | View<'col-date'>
  /** How many rows match, and how many of them are drawn (the list draws at most `limit`). */
  | View<'count', { matching: number; total: number; shown: number }>
  | View<'none'>
