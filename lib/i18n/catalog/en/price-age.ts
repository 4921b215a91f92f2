import type { PriceAgeReason } from '../price-age-reasons'
import type { Messages } from '../define'

/** The "old price" mark, in English. */
export const priceAge: Messages<PriceAgeReason> = {
  'price-age.old': (p) => `old (${p.date})`,
  'price-age.old-title': (p) => `This price is dated ${p.date}, more than 12 months ago: AWS may charge another price today.`,
}
