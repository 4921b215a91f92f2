import type { PriceAge } from '../../pricing/price-age'
import type { Locale } from '../locale'
import { priceAge as en } from './en/price-age'
import { priceAge as ko } from './ko/price-age'
import type { PriceAgeReason } from './price-age-reasons'
import { speaker } from './speaker'

/** The "old price" mark in the reader's language. */
export const sayPriceAge = speaker<PriceAgeReason>({ en, ko })

/**
 * The mark for a price's age, or null when the price is not old (or has no date to show):
 * oldPriceMark('en', { date: '2020-07-02', old: true }) → 'old (2020-07-02)'.
 */
export function oldPriceMark(locale: Locale, age: PriceAge): string | null {
  return age.old && age.date ? sayPriceAge(locale, { code: 'price-age.old', params: { date: age.date } }) : null
}
