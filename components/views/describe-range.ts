import type { Locale } from '@/lib/i18n/locale'
import { viewSay } from './view-say'

/**
 * A set of counts as one phrase: one value when they agree, else "low–high".
 * Example: [10, 10, 10] → "10"; [6, 2, 10] → "2–10"; [] → "none" (the catalog's word).
 */
export function describeRange(values: readonly number[], locale: Locale): string {
  if (values.length === 0) return viewSay(locale)('none')
  const low = Math.min(...values)
  const high = Math.max(...values)
  return low === high ? `${low}` : `${low}–${high}`
}
