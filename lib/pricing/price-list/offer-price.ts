/** The two term types ArchDeck reads; AWS also publishes Savings Plans in separate files. */
export type TermType = 'OnDemand' | 'Reserved'

/** A reservation's terms as AWS states them: "1yr" | "3yr", "No Upfront" | "Partial Upfront" | "All Upfront", "standard" | "convertible". */
export type ReservedTerms = { leaseContractLength: string; purchaseOption: string; offeringClass: string }

/**
 * One price dimension of one SKU's term: a row of the CSV offer file, or one `priceDimensions`
 * entry of the JSON. A reserved term has two: the upfront fee (unit "Quantity") and the hourly
 * rate (unit "Hrs"). `attributes` are the product's, keyed by attributeKey().
 */
export type OfferPrice = {
  sku: string
  termType: TermType
  offerTermCode: string
  rateCode: string
  description: string
  unit: string
  usd: number
  beginRange: number
  /** Infinity where AWS writes "Inf". */
  endRange: number
  effectiveDate: string
  reserved: ReservedTerms | null
  attributes: Readonly<Record<string, string>>
}

/** A region's offer file: what the publisher dated it, and its prices in USD. */
export type OfferFile = {
  offerCode: string
  version: string
  publicationDate: string
  prices: OfferPrice[]
  /** Dimensions priced in another currency only (AWS China regions): left out, and counted. */
  skippedNonUsd: number
}
