import { formatKrw, formatUsd } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locale'
import { viewSay } from './view-say'

/**
 * Signed display of what an option changes. The minus is U+2212 so columns of deltas line up.
 * Example: 15.44 → "+$15.44"; -0.1 ms → "−0.1 ms"; a null p95 delta (overloaded) → "n/a (overloaded)".
 */
function sign(value: number): string {
  return value > 0 ? '+' : value < 0 ? '−' : ''
}

export function formatSignedUsd(value: number, locale: Locale): string {
  return `${sign(value)}${formatUsd(Math.abs(value), locale)}`
}

/** KRW is written the Korean way (₩) in both languages. */
export function formatSignedKrw(value: number, locale: Locale): string {
  return `${sign(value)}${formatKrw(Math.abs(value), locale)}`
}

export function formatSignedCount(value: number): string {
  return `${sign(value)}${Math.abs(value)}`
}

export function formatDeltaMs(value: number | null, locale: Locale): string {
  const w = viewSay(locale)
  if (value === null) return w('na-overloaded')
  if (value === 0) return w('no-change')
  return w('delta-ms', { delta: `${sign(value)}${Math.abs(value)}` })
}
