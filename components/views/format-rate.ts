const rate = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })

/** Requests per second for display. Example: 0.25 → "0.25 req/s"; 7.0000001 → "7 req/s"; 1543 → "1,543 req/s". */
export function formatRps(value: number): string {
  return `${rate.format(value)} req/s`
}
