import { priceListView as en } from './en/price-list-view'
import { priceListView as ko } from './ko/price-list-view'
import type { PriceListViewReason } from './price-list-view-reasons'
import { speaker } from './speaker'

/** The price list's filters, service names and counts, without the rest of the catalog. */
export const sayPriceListView = speaker<PriceListViewReason>({ en, ko })
