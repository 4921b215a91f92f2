import type { OfferFile } from '../../lib/pricing/price-list/offer-price'
import type { KeepRow } from '../../lib/pricing/price-list/read-offer-csv'
import type { PriceListResult } from '../../lib/pricing/price-list/price-list-problem'

/** An offer file as read, with the path (from the Price List's root) it was read from. */
export type ReadOffer = OfferFile & { file: string }

/**
 * Where a copy of AWS's Price List is read from: a folder (folder-source.ts) or a web server,
 * AWS's own bulk endpoint included (http-source.ts). Paths are from the Price List's root, as the
 * indexes write them ("offers/v1.0/aws/index.json").
 */
export type PriceListSource = {
  /** For messages: the folder or the address. */
  where: string
  readText: (file: string) => Promise<PriceListResult<string>>
  /**
   * A region's offer file, given the path of its JSON form: the CSV form beside it when there is
   * one (read in chunks, keeping the rows `keep` accepts), else the JSON.
   */
  readOffer: (jsonFile: string, keep: KeepRow) => Promise<PriceListResult<ReadOffer>>
}

/** AWS's public Price List bulk endpoint (no credentials needed). */
export const AWS_PRICE_LIST_ENDPOINT = 'https://pricing.us-east-1.amazonaws.com'

export const csvFormOf = (jsonFile: string) => jsonFile.replace(/\.json$/, '.csv')
