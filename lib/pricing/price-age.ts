import type { Price } from './price'

/** How long a price is trusted before it is shown as "old" (issue 12 §4: "older than 12 months"). */
export const OLD_AFTER_MONTHS = 12

/**
 * A price's age as ArchDeck shows it: the date read from its source's `asOf`, and whether that
 * date is more than 12 months before `today`. `date` is null when `asOf` holds no date
 * ("date unknown", "date not stated"): such a price is never called old, because "old" is always
 * shown with the date that makes it old (footnote 1).
 */
export type PriceAge = { date: string | null; old: boolean }

/**
 * The first date written in `asOf`: a day (2025-10-27), a month (2026-06), a year (2025) or a span
 * of years (2023/2024), with whatever words surround it ("AWS publication 2025-10-27 (commit
 * 2025-11-03)" → 2025-10-27, "2025 (seed document)" → 2025). `last` is the latest day the date
 * can mean (footnote 2).
 */
const DATE_IN_TEXT = /(?<!\d)(\d{4})(?:-(\d{2})(?:-(\d{2}))?|\/(\d{4}))?(?!\d)/

type ReadDate = { shown: string; last: Date }

function readDate(asOf: string): ReadDate | null {
  const match = DATE_IN_TEXT.exec(asOf)
  if (!match) return null
  const [shown, yearText, monthText, dayText, spanEndText] = match
  const year = Number(spanEndText ?? yearText)
  if (spanEndText !== undefined && year < Number(yearText)) return null
  if (monthText === undefined) return { shown, last: utcDay(year, 12, 31) }
  const month = Number(monthText)
  if (month < 1 || month > 12) return null
  const lastDayOfMonth = utcDay(year, month + 1, 0).getUTCDate()
  if (dayText === undefined) return { shown, last: utcDay(year, month, lastDayOfMonth) }
  const day = Number(dayText)
  if (day < 1 || day > lastDayOfMonth) return null
  return { shown, last: utcDay(year, month, day) }
}

/** Midnight UTC of a calendar day; day 0 is the last day of the month before. */
function utcDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day))
}

/** The same calendar day `months` earlier, clamped to the month's end (2026-03-31 − 1 → 2026-02-28). */
function monthsBefore(day: Date, months: number): Date {
  const target = utcDay(day.getUTCFullYear(), day.getUTCMonth() + 1 - months, 1)
  const lastDay = utcDay(target.getUTCFullYear(), target.getUTCMonth() + 2, 0).getUTCDate()
  return utcDay(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(day.getUTCDate(), lastDay))
}

/**
 * The age of a price dated `asOf` on `today` (a parameter, so engines stay pure: callers pass the
 * clock). Old means the latest day `asOf` can mean is before the same day 12 months ago.
 * Examples on 2026-12-06: '2020-07-02' → { date: '2020-07-02', old: true };
 * 'AWS publication 2025-12-06' → { date: '2025-12-06', old: false } (exactly 12 months);
 * '2025 (seed document)' → { date: '2025', old: false } (it may mean 2025-12-31);
 * 'date unknown' → { date: null, old: false }.
 */
export function priceAge(asOf: string | null | undefined, today: Date): PriceAge {
  const read = asOf ? readDate(asOf) : null
  if (!read || Number.isNaN(today.getTime())) return { date: read?.shown ?? null, old: false }
  const startOfToday = utcDay(today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate())
  return { date: read.shown, old: read.last < monthsBefore(startOfToday, OLD_AFTER_MONTHS) }
}

/** The age of a known price's source on `today`; an unknown price has no date and is never old. */
export function priceAgeOf(price: Price, today: Date): PriceAge {
  return price.status === 'known' ? priceAge(price.source.asOf, today) : { date: null, old: false }
}

/**
 * The items (bill lines) whose price is old on `today`, each with its age, in the order given:
 * for the deck and the reports, which list the old ones rather than mark every row.
 */
export function withOldPrices<T extends { price: Price }>(items: readonly T[], today: Date): { item: T; age: PriceAge }[] {
  return items.map((item) => ({ item, age: priceAgeOf(item.price, today) })).filter(({ age }) => age.old)
}

// 1. Sources such as "date not shown (old, db.t2 era)" may well be old, and their own words say so
//    where the source is shown; ArchDeck's mark "old (date)" needs a date to show, so it is not given.
// 2. A date that names a month, a year or a span of years is read as its latest possible day, so
//    "old" is only said when every day the source could mean is more than 12 months ago
//    ("2025 (seed document)" becomes old on 2027-01-01, not on 2026-01-01).
