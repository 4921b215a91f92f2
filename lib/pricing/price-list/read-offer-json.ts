import { attributeKey } from './attribute-key'
import { isJsonObject, parseJsonObject, type JsonObject } from './json-object'
import type { OfferFile, OfferPrice, ReservedTerms, TermType } from './offer-price'
import { parseAmount, parseRangeBound } from './parse-range'
import type { PriceListResult } from './price-list-problem'

const text = (v: unknown): string => (typeof v === 'string' ? v : '')

/**
 * A region's offer file in AWS's JSON form: `products{sku: {productFamily, attributes}}` and
 * `terms.OnDemand|Reserved[sku][termCode].priceDimensions[rateCode].pricePerUnit.USD`, with
 * `termAttributes` (LeaseContractLength, PurchaseOption, OfferingClass) on reserved terms.
 * Other term types (Spot is not in the bulk files) are ignored.
 */
export function readOfferJson(file: string, content: string): PriceListResult<OfferFile> {
  const parsed = parseJsonObject(file, content)
  if (!parsed.ok) return parsed
  const doc = parsed.value
  for (const field of ['offerCode', 'publicationDate', 'products', 'terms'] as const) {
    if (doc[field] === undefined) return { ok: false, problem: { code: 'price-list.missing-field', params: { file, field, where: 'top level' } } }
  }
  const products = isJsonObject(doc.products) ? doc.products : {}
  const terms = isJsonObject(doc.terms) ? doc.terms : {}
  const prices: OfferPrice[] = []
  let skippedNonUsd = 0
  for (const termType of ['OnDemand', 'Reserved'] as const satisfies readonly TermType[]) {
    const bySku = isJsonObject(terms[termType]) ? terms[termType] : {}
    for (const [sku, termsOfSku] of Object.entries(bySku)) {
      const product = products[sku]
      const attributes = isJsonObject(product) ? productAttributes(product) : {}
      for (const term of Object.values(isJsonObject(termsOfSku) ? termsOfSku : {})) {
        if (!isJsonObject(term)) continue
        const reserved = termType === 'Reserved' ? reservedTerms(term.termAttributes) : null
        for (const dimension of Object.values(isJsonObject(term.priceDimensions) ? term.priceDimensions : {})) {
          if (!isJsonObject(dimension)) continue
          const perUnit = isJsonObject(dimension.pricePerUnit) ? dimension.pricePerUnit : {}
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

function productAttributes(product: JsonObject): Record<string, string> {
  const out: Record<string, string> = {}
  if (typeof product.productFamily === 'string') out[attributeKey('productFamily')] = product.productFamily
  for (const [name, value] of Object.entries(isJsonObject(product.attributes) ? product.attributes : {})) {
    if (typeof value === 'string') out[attributeKey(name)] = value
  }
  return out
}

function reservedTerms(termAttributes: unknown): ReservedTerms {
  const a = isJsonObject(termAttributes) ? termAttributes : {}
  return { leaseContractLength: text(a.LeaseContractLength), purchaseOption: text(a.PurchaseOption), offeringClass: text(a.OfferingClass) }
}
