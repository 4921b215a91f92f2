/** The regions ArchDeck ships a price book for (data/prices/regions/<region>.json). */
export const PRICE_BOOK_REGIONS = ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-northeast-1', 'ap-northeast-2'] as const
export type PriceBookRegion = (typeof PRICE_BOOK_REGIONS)[number]
