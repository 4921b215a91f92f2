import { isJsonObject, parseJsonObject } from './json-object'
import type { PriceListResult } from './price-list-problem'

/**
 * Where a service's region index lives, from the offers index (`offers/v1.0/aws/index.json`):
 * offers[offerCode].currentRegionIndexUrl, a path from the Price List's root.
 */
export function findRegionIndexUrl(file: string, content: string, offerCode: string): PriceListResult<string> {
  const doc = parseJsonObject(file, content)
  if (!doc.ok) return doc
  const offers = isJsonObject(doc.value.offers) ? doc.value.offers : undefined
  if (!offers) return { ok: false, problem: { code: 'price-list.missing-field', params: { file, field: 'offers', where: 'top level' } } }
  const offer = offers[offerCode]
  const url = isJsonObject(offer) ? offer.currentRegionIndexUrl : undefined
  if (typeof url !== 'string') return { ok: false, problem: { code: 'price-list.no-offer', params: { file, offerCode } } }
  return { ok: true, value: url }
}

/**
 * Where a region's offer file lives, from a service's `region_index.json`:
 * regions[region].currentVersionUrl (the JSON file; AWS serves the CSV beside it as index.csv).
 */
export function findRegionOfferUrl(file: string, content: string, offerCode: string, region: string): PriceListResult<{ url: string; publicationDate: string }> {
  const doc = parseJsonObject(file, content)
  if (!doc.ok) return doc
  const regions = isJsonObject(doc.value.regions) ? doc.value.regions : undefined
  if (!regions) return { ok: false, problem: { code: 'price-list.missing-field', params: { file, field: 'regions', where: 'top level' } } }
  const entry = regions[region]
  const url = isJsonObject(entry) ? entry.currentVersionUrl : undefined
  if (typeof url !== 'string') return { ok: false, problem: { code: 'price-list.no-region', params: { file, offerCode, region } } }
  return { ok: true, value: { url, publicationDate: typeof doc.value.publicationDate === 'string' ? doc.value.publicationDate : '' } }
}
