import type { PriceListProblem } from '../../../pricing/price-list/price-list-problem'
import type { Messages } from '../define'

/** Why a Price List file was refused, in English. */
export const priceList: Messages<PriceListProblem> = {
  'price-list.unreadable': (p) => `cannot read ${p.file}: ${p.detail}`,
  'price-list.not-json': (p) => `${p.file} is not valid JSON (${p.detail})`,
  'price-list.unclosed-quote': (p) => `${p.file} ends inside a quoted field: the file is cut short (an interrupted download?)`,
  'price-list.no-header': (p) => `${p.file} has no header row starting with "SKU": not an AWS Price List offer file`,
  'price-list.missing-field': (p) => `${p.file} lacks "${p.field}" (${p.where}): not an AWS Price List file, or cut short`,
  'price-list.bad-number': (p) => `${p.file}: SKU ${p.sku} has ${p.field} "${p.value}", which is not a number`,
  'price-list.unknown-term-type': (p) => `${p.file}: SKU ${p.sku} has term type "${p.termType}"; only OnDemand and Reserved are known`,
  'price-list.no-offer': (p) => `${p.file} lists no offer "${p.offerCode}"`,
  'price-list.no-region': (p) => `${p.file} lists no ${p.offerCode} prices for region ${p.region}`,
}
