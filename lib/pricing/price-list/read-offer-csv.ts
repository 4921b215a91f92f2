import { attributeKey } from './attribute-key'
import { createCsvReader } from './csv'
import type { OfferFile, OfferPrice } from './offer-price'
import { parseAmount, parseRangeBound } from './parse-range'
import type { PriceListProblem, PriceListResult } from './price-list-problem'

/** Columns that describe the term and its price; every other column is a product attribute. */
const TERM_COLUMNS = new Set(
  ['SKU', 'OfferTermCode', 'RateCode', 'TermType', 'PriceDescription', 'EffectiveDate', 'StartingRange', 'EndingRange', 'Unit', 'PricePerUnit', 'Currency', 'RelatedTo', 'LeaseContractLength', 'PurchaseOption', 'OfferingClass'].map(attributeKey),
)
const REQUIRED = ['SKU', 'TermType', 'PricePerUnit', 'Currency', 'Unit'] as const

/** Which rows to keep, by product attributes: a region's EC2 file has millions the catalog never uses. */
export type KeepRow = (attributes: Readonly<Record<string, string>>) => boolean

export type OfferCsvReader = { push: (chunk: string) => PriceListProblem | null; end: () => PriceListResult<OfferFile> }

/**
 * A region's offer file in AWS's CSV form, read a chunk at a time: five metadata rows
 * ("FormatVersion", "Disclaimer", "Publication Date", "Version", "OfferCode"), a header row
 * starting with "SKU", then one row per price dimension with the product's attributes as
 * further columns. The first problem stops the read.
 */
export function createOfferCsvReader(file: string, keep: KeepRow = () => true): OfferCsvReader {
  const csv = createCsvReader()
  const meta = new Map<string, string>()
  let header: string[] | null = null
  let column = new Map<string, number>()
  const prices: OfferPrice[] = []
  let skippedNonUsd = 0
  let problem: PriceListProblem | null = null
  const cell = (row: string[], name: string): string => row[column.get(attributeKey(name)) ?? -1] ?? ''

  const take = (row: string[]): PriceListProblem | null => {
    if (!header) {
      if (row[0] !== 'SKU') {
        meta.set(attributeKey(row[0] ?? ''), row[1] ?? '')
        return null
      }
      header = row.map(attributeKey)
      column = new Map(header.map((name, i) => [name, i]))
      const missing = REQUIRED.find((field) => !column.has(attributeKey(field)))
      return missing ? { code: 'price-list.missing-field', params: { file, field: missing, where: 'header row' } } : null
    }
    const sku = cell(row, 'SKU')
    const termType = cell(row, 'TermType')
    // Other term types would be a format change worth hearing about, not rows to drop silently.
    if (termType !== 'OnDemand' && termType !== 'Reserved') return { code: 'price-list.unknown-term-type', params: { file, termType, sku } }
    if (cell(row, 'Currency') !== 'USD') {
      skippedNonUsd++
      return null
    }
    const attributes: Record<string, string> = {}
    header.forEach((name, i) => {
      if (!TERM_COLUMNS.has(name) && row[i]) attributes[name] = row[i]
    })
    const usd = parseAmount(cell(row, 'PricePerUnit'))
    const beginRange = parseRangeBound(cell(row, 'StartingRange') || '0')
    const endRange = parseRangeBound(cell(row, 'EndingRange') || 'Inf')
    if (usd === null) return { code: 'price-list.bad-number', params: { file, field: 'PricePerUnit', value: cell(row, 'PricePerUnit'), sku } }
    if (beginRange === null || endRange === null) {
      return { code: 'price-list.bad-number', params: { file, field: 'StartingRange/EndingRange', value: `${cell(row, 'StartingRange')}–${cell(row, 'EndingRange')}`, sku } }
    }
    if (!keep(attributes)) return null
    prices.push({
      sku,
      termType,
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
    return null
  }

  const takeAll = (rows: string[][]) => {
    for (const row of rows) {
      problem ??= take(row)
      if (problem) return
    }
  }

  return {
    push(chunk) {
      if (!problem) takeAll(csv.push(chunk))
      return problem
    },
    end() {
      if (!problem) {
        const last = csv.end()
        if (last === null) problem = { code: 'price-list.unclosed-quote', params: { file } }
        else takeAll(last)
      }
      if (!problem && !header) problem = { code: 'price-list.no-header', params: { file } }
      if (problem) return { ok: false, problem }
      return {
        ok: true,
        value: { offerCode: meta.get('offercode') ?? '', version: meta.get('version') ?? '', publicationDate: meta.get('publicationdate') ?? '', prices, skippedNonUsd },
      }
    },
  }
}

/** A whole CSV offer file held in memory (tests, small services). */
export function readOfferCsv(file: string, content: string, keep?: KeepRow): PriceListResult<OfferFile> {
  const reader = createOfferCsvReader(file, keep)
  reader.push(content)
  return reader.end()
}
