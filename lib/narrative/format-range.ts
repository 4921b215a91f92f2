import { formatNumber, type Locale } from '../i18n'

/** [10, 10, 10] → "10"; [6, 10] → "6 to 10" / "6~10". */
export function formatRange(values: readonly number[], locale: Locale): string {
  const low = Math.min(...values)
  const high = Math.max(...values)
  if (low === high) return formatNumber(low, locale)
  return locale === 'ko' ? `${formatNumber(low, locale)}~${formatNumber(high, locale)}` : `${formatNumber(low, locale)} to ${formatNumber(high, locale)}`
}
