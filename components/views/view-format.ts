import { formatKrw as formatKrwIn, formatNumber, formatUsd as formatUsdIn, type Locale } from '@/lib/i18n'
import { viewWords } from './view-words'

/**
 * The views' display formatting in the chosen language. Same output as components/ui/format in
 * English; in Korean the numbers go through Intl with ko-KR and the words come from view-words.
 */
export function formatUsd(value: number | null, locale: Locale): string {
  return value === null ? viewWords(locale).unknown : formatUsdIn(value, locale)
}

export function formatKrw(value: number | null, locale: Locale): string {
  return value === null ? viewWords(locale).unknown : formatKrwIn(value, locale)
}

export function formatMs(value: number, locale: Locale): string {
  return Number.isFinite(value) ? `${Math.round(value)} ms` : viewWords(locale).overloaded
}

export function formatMinutes(value: number | null, locale: Locale): string {
  const w = viewWords(locale)
  if (value === null) return w.unbounded
  if (value === 0) return '0'
  return value >= 120 ? w.hours(Math.round((value / 60) * 10) / 10) : w.minutes(value)
}

/** An exchange rate or other plain count: "1,300" (what toLocaleString writes, up to three decimals). */
export function formatCount(value: number, locale: Locale): string {
  return formatNumber(value, locale, 3)
}
