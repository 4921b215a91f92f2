import { attributeKey } from './attribute-key'
import { parseCsv } from './csv'
import type { OfferFile, OfferPrice, TermType } from './offer-price'
import { parseAmount, parseRangeBound } from './parse-range'
import type { PriceListResult } from './price-list-problem'

/** Columns that describe the term and its price; every other column is a product attribute. */
const TERM_COLUMNS = new Set(
  ['SKU', 'OfferTermCode', 'RateCode', 'TermType', 'PriceDescription', 'EffectiveDate', 'StartingRange', 'EndingRange', 'Unit', 'PricePerUnit', 'Currency', 'RelatedTo', 'LeaseContractLength', 'PurchaseOption', 'OfferingClass'].map(attributeKey),
)
const REQUIRED = ['SKU', 'TermType', 'PricePerUnit', 'Currency', 'Unit'] as const

/**
 * A region's offer file in AWS's CSV form: five metadata rows ("FormatVersion", "Disclaimer",
 * "Publication Date", "Version", "OfferCode"), then a header row starting with "SKU", then one row
 * per price dimension with the product's attributes as further columns.
 */
export function readOfferCsv(file: string, content: string): PriceListResult<OfferFile> {
  const rows = parseCsv(content)
  if (rows === null) return { ok: false, problem: { code: 'price-list.unclosed-quote', params: { file } } }
  const headerAt = rows.findIndex((row) => row[0] === 'SKU')
  if (headerAt < 0) return { ok: false, problem: { code: 'price-list.no-header', params: { file } } }
  const meta = new Map(rows.slice(0, headerAt).map((row) => [attributeKey(row[0] ?? ''), row[1] ?? '']))
  const header = rows[headerAt]!.map(attributeKey)
  const column = new Map(header.map((name, i) => [name, i]))
  for (const field of REQUIRED) {
    if (!column.has(attributeKey(field))) return { ok: false, problem: { code: 'price-list.missing-field', params: { file, field, where: 'header row' } } }
  }
  const cell = (row: string[], name: string): string => row[column.get(attributeKey(name)) ?? -1] ?? ''
  const prices: OfferPrice[] = []
  let skippedNonUsd = 0
  for (const row of rows.slice(headerAt + 1)) {
    const sku = cell(row, 'SKU')
    const termType = cell(row, 'TermType')
    if (termType !== 'OnDemand' && termType !== 'Reserved') {
      // Other term types would be a format change worth hearing about, not rows to drop silently.
      return { ok: false, problem: { code: 'price-list.unknown-term-type', params: { file, termType, sku } } }
    }
    if (cell(row, 'Currency') !== 'USD') {
      skippedNonUsd++
      continue
    }
    const usd = parseAmount(cell(row, 'PricePerUnit'))
    const beginRange = parseRangeBound(cell(row, 'StartingRange') || '0')
    const endRange = parseRangeBound(cell(row, 'EndingRange') || 'Inf')
    if (usd === null) return { ok: false, problem: { code: 'price-list.bad-number', params: { file, field: 'PricePerUnit', value: cell(row, 'PricePerUnit'), sku } } }
    if (beginRange === null || endRange === null) {
      return { ok: false, problem: { code: 'price-list.bad-number', params: { file, field: 'StartingRange/EndingRange', value: `${cell(row, 'StartingRange')}–${cell(row, 'EndingRange')}`, sku } } }
    }
    const attributes: Record<string, string> = {}
    header.forEach((name, i) => {
      if (!TERM_COLUMNS.has(name) && row[i]) attributes[name] = row[i]
    })
    prices.push({
      sku,
      termType: termType satisfies TermType,
      offerTermCode: cell(row, 'OfferTermCode'),
      rateCode: cell(row, 'RateCode'),
      description: cell(row, 'PriceDescription'),
      unit: cell(row, 'Unit'),
      usd,
      beginRange,
      endRange,
      effectiveDate: cell(row, 'EffectiveDate').slice(0, 10),
      reserved:
        termType === 'Reserved'
          ? { leaseContractLength: cell(row, 'LeaseContractLength'), purchaseOption: cell(row, 'PurchaseOption'), offeringClass: cell(row, 'OfferingClass') }
          : null,
      attributes,
    })
  }
  return {
    ok: true,
    value: { offerCode: meta.get('offercode') ?? '', version: meta.get('version') ?? '', publicationDate: meta.get('publicationdate') ?? '', prices, skippedNonUsd },
  }
}
