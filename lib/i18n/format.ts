import { fmt, usd } from '../explain/figure'
import { sayFormat } from './catalog/say-format'
import { intlLocale, type Locale } from './locale'

/**
 * The one set of formatters for money, numbers, dates and durations, for every view, the deck, the
 * report and the catalog's messages. Each takes the reader's language; digits are grouped by Intl.
 * Formulas are notation, not prose: their numbers use formatNotation, the same in every language.
 */

// Building an Intl.NumberFormat costs about 30 µs, and views format per box and per line on every
// render: each locale and option set is built once.
const numberFormats = new Map<string, Intl.NumberFormat>()

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(intlLocale(locale), options)))
  return format
}

/** "₩261,131" in either language; KRW has no minor unit. */
export function formatKrw(value: number, locale: Locale): string {
  return numberFormat(locale, { style: 'currency', currency: 'KRW', maximumFractionDigits: 0 }).format(value)
}

/** "$200.87" / "US$200.87" as the locale writes dollars. */
export function formatUsd(value: number, locale: Locale): string {
  return numberFormat(locale, { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)
}

/** "1,300" / "4.5": grouped digits, at most `maximumFractionDigits` decimals. */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 0): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value)
}

/** "12.5 %" from a ratio; an unbounded one is "∞". */
export function formatPercent(value: number): string {
  return Number.isFinite(value) ? `${Math.round(value * 1000) / 10} %` : '∞'
}

/** A number inside a formula: at most `digits` decimals, no trailing zeros, no grouping ("0.04048", "∞"). */
export const formatNotation = fmt

/** Dollars inside a formula: two decimals, no grouping ("$88.65", "$1234.50"), the same in every language. */
export const formatNotationUsd = usd

/**
 * Won as each audience writes it: "₩261,131" in English, "261,131원" in Korean (a Korean CFO reads
 * the unit after the number).
 */
export function formatWon(value: number, locale: Locale): string {
  const won = Math.round(value)
  return sayFormat(locale, { code: 'format.won', params: { krw: formatKrw(won, locale), digits: formatNumber(won, locale) } })
}

/** "$200.87" / "200.87달러". */
export function formatDollars(value: number, locale: Locale): string {
  const digits = numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)
  return sayFormat(locale, { code: 'format.dollars', params: { usd: formatUsd(value, locale), digits } })
}

/** Won for a dollar amount at the scenario's rate, rounded as the cost engine rounds monthlyKrw. */
export function toKrw(usd: number, krwPerUsd: number): number {
  return Math.round(usd * krwPerUsd)
}

/** "November 22, 2026" / "2026년 11월 22일" for an ISO date (read as UTC, so every machine agrees). */
export function formatDate(isoDate: string, locale: Locale): string {
  const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate)
  if (Number.isNaN(date.getTime())) return isoDate
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}

/**
 * A recovery time in the words a stakeholder uses: "2 minutes", "4.5 minutes", "2 hours";
 * "2분", "2시간". From two hours on, hours read better than minutes.
 */
export function formatDuration(minutes: number, locale: Locale): string {
  if (minutes >= 120) return sayFormat(locale, { code: 'format.duration-hours', params: { hours: formatNumber(minutes / 60, locale, 1) } })
  return sayFormat(locale, { code: 'format.duration-minutes', params: { minutes: formatNumber(minutes, locale, 1), count: minutes } })
}

/** Table cells: "2 min", "1.5 h", "unbounded" / "2분", "1.5시간", "기약 없음". */
export function formatDurationShort(minutes: number | null, locale: Locale): string {
  if (minutes === null) return sayFormat(locale, { code: 'format.unbounded', params: {} })
  if (minutes >= 120) return sayFormat(locale, { code: 'format.short-hours', params: { hours: formatNumber(minutes / 60, locale, 1) } })
  return sayFormat(locale, { code: 'format.short-minutes', params: { minutes: formatNumber(minutes, locale, 1) } })
}

/** "95 ms" / "95ms"; an overloaded queue has no percentile. */
export function formatMs(ms: number, locale: Locale): string {
  if (!Number.isFinite(ms)) return sayFormat(locale, { code: 'format.overloaded', params: {} })
  return sayFormat(locale, { code: 'format.ms', params: { ms: formatNumber(ms, locale) } })
}

// The largest unit that fits, in seconds: "3 minutes ago", not "180 seconds ago".
const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
]

/**
 * How long before `nowIso` the moment `iso` was, in the reader's language, in the largest whole
 * unit: "3 minutes ago", "yesterday" / "3분 전", "어제". Under a minute is "now" / "지금".
 */
export function formatTimeAgo(iso: string, nowIso: string, locale: Locale): string {
  const seconds = Math.max(0, (Date.parse(nowIso) - Date.parse(iso)) / 1000)
  if (Number.isNaN(seconds)) return formatDate(iso, locale)
  const [unit, size] = RELATIVE_UNITS.find(([, size]) => seconds >= size) ?? ['second', 1]
  return new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' }).format(unit === 'second' ? 0 : -Math.floor(seconds / size), unit)
}
