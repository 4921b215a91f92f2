import { formatKrw as formatKrwIn, formatNumber, formatUsd as formatUsdIn } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locale'
import { viewSay } from './view-say'

/**
 * The views' display formatting in the chosen language. Same output as components/ui/format in
 * English; in Korean the numbers go through Intl with ko-KR and the words come from view-words.
 */
export function formatUsd(value: number | null, locale: Locale): string {
  return value === null ? viewSay(locale)('views.unknown') : formatUsdIn(value, locale)
}

export function formatKrw(value: number | null, locale: Locale): string {
  return value === null ? viewSay(locale)('views.unknown') : formatKrwIn(value, locale)
}

export function formatMs(value: number, locale: Locale): string {
  return Number.isFinite(value) ? `${Math.round(value)} ms` : viewSay(locale)('views.overloaded')
}

export function formatMinutes(value: number | null, locale: Locale): string {
  const w = viewSay(locale)
  if (value === null) return w('views.unbounded')
  if (value === 0) return '0'
  return value >= 120 ? w('views.hours', { h: Math.round((value / 60) * 10) / 10 }) : w('views.minutes', { m: value })
}

/** An exchange rate or other plain count: "1,300" (what toLocaleString writes, up to three decimals). */
export function formatCount(value: number, locale: Locale): string {
  return formatNumber(value, locale, 3)
}
