import type { RegionBook } from '../../lib/pricing/region-book'

export type { RegionBook }
export function buildRegionBooks(input: { rows: readonly Record<string, unknown>[]; sources: Record<string, Record<string, unknown>>; compiled: string }): {
  books: Record<string, RegionBook>
  report: { rows: number; unmapped: string[]; conflicts: { region: string; key: string; usd: number[] }[] }
}
