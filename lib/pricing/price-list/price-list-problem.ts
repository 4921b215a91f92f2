import type { Reason } from '../../explain/reason'

/**
 * Why an AWS Price List file was refused, as a code with its facts; the CLI words it. A refused
 * file never changes the catalog (see update-catalog.ts).
 */
export type PriceListProblem =
  | Reason<'price-list.unreadable', { file: string; detail: string }>
  | Reason<'price-list.not-json', { file: string; detail: string }>
  | Reason<'price-list.unclosed-quote', { file: string }>
  | Reason<'price-list.no-header', { file: string }>
  | Reason<'price-list.missing-field', { file: string; field: string; where: string }>
  | Reason<'price-list.bad-number', { file: string; field: string; value: string; sku: string }>
  | Reason<'price-list.unknown-term-type', { file: string; termType: string; sku: string }>
  | Reason<'price-list.no-offer', { file: string; offerCode: string }>
  | Reason<'price-list.no-region', { file: string; offerCode: string; region: string }>

export type PriceListResult<T> = { ok: true; value: T } | { ok: false; problem: PriceListProblem }
