import type { Locale } from '@/lib/i18n/locale'
import { oldPriceMark, sayPriceAge } from '@/lib/i18n/catalog/say-price-age'
import { priceAgeOf, type PriceAge } from '@/lib/pricing/price-age'
import type { Price } from '@/lib/pricing/price'

/**
 * "old (2020-07-02)" beside a price more than 12 months old; nothing for a recent or undated one.
 * The title says what the mark means; the mark is words, not only a colour.
 */
export function OldPriceMark({ age, locale }: { age: PriceAge; locale: Locale }) {
  const mark = oldPriceMark(locale, age)
  if (mark === null || age.date === null) return null
  return (
    <span
      data-price-age="old"
      title={sayPriceAge(locale, { code: 'price-age.old-title', params: { date: age.date } })}
      className="ml-1 inline-flex items-center whitespace-nowrap rounded px-1.5 py-px text-[11px] font-medium ring-1 ring-inset bg-amber-50 text-amber-800 ring-amber-600/30"
    >
      {mark}
    </span>
  )
}

/** The mark for a bill line's price on `today` (the day the page renders, unless given). */
export function OldPriceMarkOf({ price, locale, today = new Date() }: { price: Price; locale: Locale; today?: Date }) {
  return <OldPriceMark age={priceAgeOf(price, today)} locale={locale} />
}
