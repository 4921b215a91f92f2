import { attributeKey } from './attribute-key'
import type { OfferFile, OfferPrice, ReservedTerms, TermType } from './offer-price'
import { parseAmount, parseRangeBound } from './parse-range'
import type { PriceListResult } from './price-list-problem'

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const text = (v: unknown): string => (typeof v === 'string' ? v : '')

/**
 * A region's offer file in AWS's JSON form: `products{sku: {productFamily, attributes}}` and
 * `terms.OnDemand|Reserved[sku][termCode].priceDimensions[rateCode].pricePerUnit.USD`, with
 * `termAttributes` (LeaseContractLength, PurchaseOption, OfferingClass) on reserved terms.
 * Other term types (Spot is not in the bulk files) are ignored.
 */
export function readOfferJson(file: string, content: string): PriceListResult<OfferFile> {
  let doc: unknown
  try {
    doc = JSON.parse(content)
  } catch (error) {
    return { ok: false, problem: { code: 'price-list.not-json', params: { file, detail: (error as Error).message } } }
  }
  if (!isObject(doc)) return { ok: false, problem: { code: 'price-list.not-json', params: { file, detail: 'not an object' } } }
  for (const field of ['offerCode', 'publicationDate', 'products', 'terms'] as const) {
    if (doc[field] === undefined) return { ok: false, problem: { code: 'price-list.missing-field', params: { file, field, where: 'top level' } } }
  }
  const products = isObject(doc.products) ? doc.products : {}
  const terms = isObject(doc.terms) ? doc.terms : {}
  const prices: OfferPrice[] = []
  let skippedNonUsd = 0
  for (const termType of ['OnDemand', 'Reserved'] as const satisfies readonly TermType[]) {
    const bySku = isObject(terms[termType]) ? terms[termType] : {}
    for (const [sku, termsOfSku] of Object.entries(bySku)) {
      const product = products[sku]
      const attributes = isObject(product) ? productAttributes(product) : {}
      for (const term of Object.values(isObject(termsOfSku) ? termsOfSku : {})) {
        if (!isObject(term)) continue
        const reserved = termType === 'Reserved' ? reservedTerms(term.termAttributes) : null
        for (const dimension of Object.values(isObject(term.priceDimensions) ? term.priceDimensions : {})) {
          if (!isObject(dimension)) continue
          const perUnit = isObject(dimension.pricePerUnit) ? dimension.pricePerUnit : {}
          if (perUnit.USD === undefined) {
            skippedNonUsd++
            continue
          }
          const usd = parseAmount(text(perUnit.USD))
          if (usd === null) return { ok: false, problem: { code: 'price-list.bad-number', params: { file, field: 'pricePerUnit.USD', value: text(perUnit.USD), sku } } }
          const beginRange = parseRangeBound(text(dimension.beginRange) || '0')
          const endRange = parseRangeBound(text(dimension.endRange) || 'Inf')
          if (beginRange === null || endRange === null) {
            return { ok: false, problem: { code: 'price-list.bad-number', params: { file, field: 'beginRange/endRange', value: `${text(dimension.beginRange)}–${text(dimension.endRange)}`, sku } } }
          }
          prices.push({
            sku,
            termType,
            offerTermCode: text(term.offerTermCode),
            rateCode: text(dimension.rateCode),
            description: text(dimension.description),
            unit: text(dimension.unit),
            usd,
            beginRange,
            endRange,
            effectiveDate: text(term.effectiveDate).slice(0, 10),
            reserved,
            attributes,
          })
        }
      }
    }
  }
  return { ok: true, value: { offerCode: text(doc.offerCode), version: text(doc.version), publicationDate: text(doc.publicationDate), prices, skippedNonUsd } }
}

function productAttributes(product: Json): Record<string, string> {
  const out: Record<string, string> = {}
  if (typeof product.productFamily === 'string') out[attributeKey('productFamily')] = product.productFamily
  for (const [name, value] of Object.entries(isObject(product.attributes) ? product.attributes : {})) {
    if (typeof value === 'string') out[attributeKey(name)] = value
  }
  return out
}

function reservedTerms(termAttributes: unknown): ReservedTerms {
  const a = isObject(termAttributes) ? termAttributes : {}
  return { leaseContractLength: text(a.LeaseContractLength), purchaseOption: text(a.PurchaseOption), offeringClass: text(a.OfferingClass) }
}
