import { isPricedRegion, type PricedRegion, type Region } from '@/lib/model'
import type { RegionBook } from '@/lib/pricing/region-book'
import { hasRegionBook, installRegionBook } from '@/lib/pricing/region-books'

/** One chunk per region, fetched when a design in that region is first priced (30–60 KB gzipped each). */
const LOADERS: Record<PricedRegion, () => Promise<{ default: unknown }>> = {
  'us-east-1': () => import('@/data/prices/regions/us-east-1.json'),
  'us-east-2': () => import('@/data/prices/regions/us-east-2.json'),
  'us-west-2': () => import('@/data/prices/regions/us-west-2.json'),
  'eu-west-1': () => import('@/data/prices/regions/eu-west-1.json'),
  'eu-central-1': () => import('@/data/prices/regions/eu-central-1.json'),
  'ap-northeast-1': () => import('@/data/prices/regions/ap-northeast-1.json'),
  'ap-northeast-2': () => import('@/data/prices/regions/ap-northeast-2.json'),
}

const loading = new Map<Region, Promise<boolean>>()

/**
 * Loads a region's price book once. Resolves true when it is installed, false when the chunk could
 * not be fetched (offline, a deploy replaced it): the design then keeps the prices it has, its
 * unknown lines say so, and the next call tries again.
 */
export function ensureRegionBook(region: Region): Promise<boolean> {
  if (hasRegionBook(region)) return Promise.resolve(true)
  // A region without a book has nothing to load: its prices are unknown, and the totals say "at least".
  if (!isPricedRegion(region)) return Promise.resolve(true)
  const pending = loading.get(region)
  if (pending) return pending
  const load = LOADERS[region]()
    .then((module) => {
      installRegionBook(module.default as RegionBook)
      return true
    })
    .catch(() => false)
    .finally(() => loading.delete(region))
  loading.set(region, load)
  return load
}
