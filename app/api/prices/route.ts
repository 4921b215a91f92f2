import { listPriceKeys, lookupPrice, PRICE_CATALOG_COMPILED } from '@/lib/pricing'
import { installAllRegionBooks } from '@/lib/pricing/install-region-books'
import { PRICED_REGIONS, PricedRegionSchema } from '@/lib/model'
import { handleRoute } from '@/server/workspaces/http'

/**
 * Every unit price of a region (any of the seven: its curated prices and its whole price book)
 * with its basis, source and date; unknown ones included, as unknown. The list view filters it.
 */
export const GET = handleRoute(async (request: Request) => {
  const region = PricedRegionSchema.safeParse(new URL(request.url).searchParams.get('region') ?? 'us-east-1')
  if (!region.success) return Response.json({ error: `region must be one of ${PRICED_REGIONS.join(', ')}` }, { status: 400 })
  // The server installs the books when it starts (instrumentation.ts); this makes the list whole wherever the route runs.
  installAllRegionBooks()
  const prices = listPriceKeys(region.data).map((key) => {
    const price = lookupPrice(region.data, key)
    return price.status === 'known'
      ? { key, usd: price.usd, unit: price.unit, basis: price.basis, source: price.source.title, asOf: price.source.asOf, explanation: price.explanation }
      : { key, usd: null, unit: price.unit, basis: 'unknown' as const, source: null, asOf: null, explanation: price.note }
  })
  return Response.json({ region: region.data, compiled: PRICE_CATALOG_COMPILED, prices })
})
