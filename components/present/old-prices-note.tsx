import type { CostComponent, CostLine } from '@/lib/cost'
import { sayPriceAge } from '@/lib/i18n/catalog/say-price-age'
import type { Locale } from '@/lib/i18n/locale'
import { withOldPrices, type PriceAge } from '@/lib/pricing/price-age'
import { OldPriceMark } from '@/components/ui/old-price-mark'
import { presentSay } from './present-say'

/** The old prices' dates per part of the bill, each date once, in the order the lines come. */
function oldDatesByComponent(lines: readonly CostLine[], today: Date): [CostComponent, PriceAge[]][] {
  const byComponent = new Map<CostComponent, Map<string, PriceAge>>()
  for (const { item, age } of withOldPrices(lines, today)) {
    const dates = byComponent.get(item.component) ?? new Map<string, PriceAge>()
    byComponent.set(item.component, dates.set(age.date ?? '', age))
  }
  return [...byComponent].map(([component, dates]) => [component, [...dates.values()]])
}

/**
 * The finance slide's footnote: the parts of the bill (as the slide's legend names them) priced
 * from sources more than 12 months before `today`, each with "old (date)"; nothing when every
 * price is recent or undated. The dashboard and the reports name each line.
 */
export function OldPricesNote({ lines, locale, today }: { lines: readonly CostLine[]; locale: Locale; today: Date }) {
  const groups = oldDatesByComponent(lines, today)
  if (groups.length === 0) return null
  const say = presentSay(locale)
  const count = withOldPrices(lines, today).length
  return (
    <div data-old-prices className="text-sm text-slate-600">
      <p>{sayPriceAge(locale, { code: 'price-age.old-lines', params: { count } })}</p>
      <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-0.5">
        {groups.map(([component, ages]) => (
          <li key={component}>
            {say('present.finance.group', { component })}
            {ages.map((age) => (
              <OldPriceMark key={age.date} age={age} locale={locale} />
            ))}
          </li>
        ))}
      </ul>
    </div>
  )
}
