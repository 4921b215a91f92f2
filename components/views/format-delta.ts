/**
 * Signed display of what an option changes. The minus is U+2212 so columns of deltas line up.
 * Example: 15.44 → "+$15.44"; -0.1 ms → "−0.1 ms"; a null p95 delta (overloaded) → "n/a (overloaded)".
 */
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 })
const krw = new Intl.NumberFormat('ko-KR', { style: 'currency', currency: 'KRW', maximumFractionDigits: 0 })

function sign(value: number): string {
  return value > 0 ? '+' : value < 0 ? '−' : ''
}

export function formatSignedUsd(value: number): string {
  return `${sign(value)}${usd.format(Math.abs(value))}`
}

export function formatSignedKrw(value: number): string {
  return `${sign(value)}${krw.format(Math.abs(value))}`
}

export function formatSignedCount(value: number): string {
  return `${sign(value)}${Math.abs(value)}`
}

export function formatDeltaMs(value: number | null): string {
  if (value === null) return 'n/a (overloaded)'
  if (value === 0) return 'no change'
  return `${sign(value)}${Math.abs(value)} ms`
}
