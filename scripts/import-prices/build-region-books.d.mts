export type RegionPrice = { usd: number; unit: string; source: number; asOf: string; basis: 'published' | 'derived'; note: string | null }
export type RegionBook = { region: string; compiled: string; sources: { id: number; title: string; location: string; asOf: string; trust: string | null }[]; prices: Record<string, RegionPrice> }
export function buildRegionBooks(input: { rows: readonly Record<string, unknown>[]; sources: Record<string, Record<string, unknown>>; compiled: string }): {
  books: Record<string, RegionBook>
  report: { rows: number; unmapped: string[]; conflicts: { region: string; key: string; usd: number[] }[] }
}
