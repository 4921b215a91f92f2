import { formatKrw, formatNumber, formatUsd, type Locale } from '../i18n'

/**
 * Won as each audience writes it: "₩261,131" in English, "261,131원" in Korean (a Korean CFO reads
 * the unit after the number). Digits are grouped by Intl for the locale.
 */
export function formatWon(value: number, locale: Locale): string {
  return locale === 'ko' ? `${formatNumber(Math.round(value), 'ko')}원` : formatKrw(Math.round(value), 'en')
}

/** "$200.87" / "200.87달러". */
export function formatDollars(value: number, locale: Locale): string {
  if (locale === 'en') return formatUsd(value, 'en')
  const digits = new Intl.NumberFormat('ko-KR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)
  return `${digits}달러`
}

/** "1 US dollar = ₩1,300" / "1달러 = 1,300원". */
export function formatExchangeRate(krwPerUsd: number, locale: Locale): string {
  return locale === 'ko' ? `1달러 = ${formatWon(krwPerUsd, 'ko')}` : `1 US dollar = ${formatWon(krwPerUsd, 'en')}`
}

/** Won for a dollar amount at the scenario's rate, rounded as the cost engine rounds monthlyKrw. */
export function toKrw(usd: number, krwPerUsd: number): number {
  return Math.round(usd * krwPerUsd)
}

/** "November 22, 2026" / "2026년 11월 22일" for an ISO date (read as UTC, so every machine agrees). */
export function formatDate(isoDate: string, locale: Locale): string {
  const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate)
  if (Number.isNaN(date.getTime())) return isoDate
  return new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}
