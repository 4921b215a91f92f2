import type { PriceAgeReason } from '../price-age-reasons'
import type { Messages } from '../define'
import { plural } from '../../plural'

/** The "old price" mark, in English. */
export const priceAge: Messages<PriceAgeReason> = {
  'price-age.old': (p) => `old (${p.date})`,
  'price-age.old-lines': (p) => `${plural('en', p.count, { one: 'One line is', other: `${p.count} lines are` })} priced from sources more than 12 months old:`,
  'price-age.old-title': (p) => `This price is dated ${p.date}, more than 12 months ago: AWS may charge another price today.`,
}
