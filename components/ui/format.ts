/** Display formatting only; every number comes from the engine. */
const usdFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 })
const krwFormat = new Intl.NumberFormat('ko-KR', { style: 'currency', currency: 'KRW', maximumFractionDigits: 0 })

export function formatUsd(value: number | null): string {
  return value === null ? 'unknown' : usdFormat.format(value)
}

export function formatKrw(value: number | null): string {
  return value === null ? 'unknown' : krwFormat.format(value)
}

export function formatMs(value: number): string {
  return Number.isFinite(value) ? `${Math.round(value)} ms` : 'overloaded'
}

export function formatPercent(value: number): string {
  return Number.isFinite(value) ? `${Math.round(value * 1000) / 10} %` : '∞'
}

export function formatMinutes(value: number | null): string {
  if (value === null) return 'unbounded'
  if (value === 0) return '0'
  return value >= 120 ? `${Math.round((value / 60) * 10) / 10} h` : `${value} min`
}
