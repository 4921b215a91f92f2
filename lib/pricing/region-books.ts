import type { RegionBook, RegionPrice } from './region-book'

type SourceEntry = RegionBook['sources'][number]

/** A region's prices as far as they are loaded: the whole book, or the sheet a page was rendered with. */
type LoadedRegion = { complete: boolean; sources: Map<number, SourceEntry>; prices: Map<string, RegionPrice> }

type Registry = {
  regions: Map<string, LoadedRegion>
  version: number
  listeners: Set<() => void>
  /** Lookups being recorded (region → keys), for the price sheet a server-rendered page carries. */
  recording: Map<string, Set<string>> | null
}

/**
 * One registry per process, kept on globalThis: Next bundles this module into several layers of
 * one server (pages, route handlers, instrumentation), and they must all see the books installed
 * once at start-up. In the browser it holds the books loaded on demand.
 */
const REGISTRY_KEY = Symbol.for('archdeck.region-books')
const registry: Registry = ((globalThis as Record<symbol, unknown>)[REGISTRY_KEY] as Registry | undefined) ?? {
  regions: new Map(),
  version: 0,
  listeners: new Set(),
  recording: null,
}
;(globalThis as Record<symbol, unknown>)[REGISTRY_KEY] = registry

function toLoaded(book: RegionBook, complete: boolean): LoadedRegion {
  return { complete, sources: new Map(book.sources.map((s) => [s.id, s])), prices: new Map(Object.entries(book.prices)) }
}

function changed(): void {
  registry.version += 1
  for (const listener of registry.listeners) listener()
}

/** Installs a region's whole book (replacing whatever part of it was loaded). */
export function installRegionBook(book: RegionBook): void {
  registry.regions.set(book.region, toLoaded(book, true))
  changed()
}

/**
 * Installs part of a region's book: the prices a server-rendered page used, so the browser's first
 * render computes the same figures before the whole book arrives. Never replaces a whole book, and
 * does not notify (it is installed during that first render).
 */
export function installPriceSheet(sheet: RegionBook): void {
  const current = registry.regions.get(sheet.region)
  if (current?.complete) return
  const loaded = current ?? { complete: false, sources: new Map(), prices: new Map() }
  for (const source of sheet.sources) loaded.sources.set(source.id, source)
  for (const [key, price] of Object.entries(sheet.prices)) loaded.prices.set(key, price)
  registry.regions.set(sheet.region, loaded)
}

function record(region: string, key: string): void {
  const recording = registry.recording
  if (!recording) return
  const keys = recording.get(region) ?? new Set<string>()
  recording.set(region, keys.add(key))
}

/** The book's entry for a key with its source, or undefined when the loaded part of the book has none. */
export function regionBookEntry(region: string, key: string): { price: RegionPrice; source: SourceEntry | undefined } | undefined {
  record(region, key)
  const loaded = registry.regions.get(region)
  const price = loaded?.prices.get(key)
  return price && { price, source: loaded!.sources.get(price.source) }
}

export function hasRegionBook(region: string): boolean {
  return registry.regions.get(region)?.complete === true
}

/** Every key the loaded part of a region's book lists. */
export function regionBookKeys(region: string): string[] {
  return [...(registry.regions.get(region)?.prices.keys() ?? [])]
}

/** The part of a region's book under the given keys (with their sources), for a price sheet. */
export function regionBookPart(region: string, keys: Iterable<string>): RegionBook | undefined {
  const loaded = registry.regions.get(region)
  if (!loaded) return undefined
  const prices: RegionBook['prices'] = {}
  for (const key of keys) {
    const price = loaded.prices.get(key)
    if (price) prices[key] = price
  }
  const sourceIds = new Set(Object.values(prices).map((p) => p.source))
  return { region, compiled: '', sources: [...loaded.sources.values()].filter((s) => sourceIds.has(s.id)), prices }
}

/** Bumped whenever a book arrives, so cached evaluations know to recompute. */
export function regionBooksVersion(): number {
  return registry.version
}

export function subscribeRegionBooks(listener: () => void): () => void {
  registry.listeners.add(listener)
  return () => registry.listeners.delete(listener)
}

/** Runs `work` and returns the region-book keys it looked up (region → keys). Not reentrant. */
export function recordBookLookups<T>(work: () => T): { result: T; keys: Map<string, Set<string>> } {
  const keys = new Map<string, Set<string>>()
  registry.recording = keys
  try {
    return { result: work(), keys }
  } finally {
    registry.recording = null
  }
}
