import { formatNumber } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locale'
import { viewSay } from './view-say'

/** Requests per second for display. Example: 0.25 → "0.25 req/s"; 7.0000001 → "7 req/s"; 1543 → "1,543 req/s". */
export function formatRps(value: number, locale: Locale): string {
  return viewSay(locale)('rps', { rps: formatNumber(value, locale, 2) })
}
