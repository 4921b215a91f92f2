import { formatKrw as formatKrwIn, formatNumber, formatUsd as formatUsdIn } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locale'
import { viewSay } from './view-say'

/**
 * Money as lib/i18n/format.ts writes it, or the views' word for a price nobody knows (a null
 * monthly figure is unknown, never zero).
 */
export function formatUsd(value: number | null, locale: Locale): string {
  return value === null ? viewSay(locale)('unknown') : formatUsdIn(value, locale)
}

export function formatKrw(value: number | null, locale: Locale): string {
  return value === null ? viewSay(locale)('unknown') : formatKrwIn(value, locale)
}

/** An exchange rate or other plain count: "1,300" (what toLocaleString writes, up to three decimals). */
export function formatCount(value: number, locale: Locale): string {
  return formatNumber(value, locale, 3)
}
