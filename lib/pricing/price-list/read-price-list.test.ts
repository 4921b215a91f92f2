import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCsv } from './csv'
import { findRegionIndexUrl, findRegionOfferUrl } from './read-indexes'
import { createOfferCsvReader, readOfferCsv } from './read-offer-csv'
import { readOfferJson } from './read-offer-json'

/** Real excerpts of AWS's Price List bulk files (publication dates 2026-01-16 and 2026-04-27). */
const AWS = join(__dirname, '../../../test-fixtures/price-list/aws')
const read = (name: string) => readFileSync(join(AWS, name), 'utf8')

describe('AWS Price List bulk format (offers index → region index → offer file)', () => {
  it('finds a service region index in the offers index, as AWS publishes it', () => {
    expect(findRegionIndexUrl('index.json', read('offers_index.excerpt.json'), 'AmazonRDS')).toEqual({
      ok: true,
      value: '/offers/v1.0/aws/AmazonRDS/current/region_index.json',
    })
    const missing = findRegionIndexUrl('index.json', read('offers_index.excerpt.json'), 'AmazonNope')
    expect(missing).toMatchObject({ ok: false, problem: { code: 'price-list.no-offer', params: { offerCode: 'AmazonNope' } } })
  })

  it('finds a region offer file in a region index', () => {
    const found = findRegionOfferUrl('region_index.json', read('region_index.comprehend.json'), 'comprehend', 'ap-northeast-2')
    expect(found).toEqual({ ok: true, value: { url: '/offers/v1.0/aws/comprehend/20260116160258/ap-northeast-2/index.json', publicationDate: '2026-01-16T16:02:58Z' } })
    expect(findRegionOfferUrl('region_index.json', read('region_index.comprehend.json'), 'comprehend', 'xx-nowhere-1')).toMatchObject({ ok: false, problem: { code: 'price-list.no-region' } })
  })

  it('reads a real CSV offer file: metadata rows, header, tiered price dimensions and attributes', () => {
    const offer = readOfferCsv('offer.csv', read('offer.comprehend.ap-south-1.head.csv'))
    if (!offer.ok) throw new Error(offer.problem.code)
    expect(offer.value).toMatchObject({ offerCode: 'comprehend', version: '20260116160258', publicationDate: '2026-01-16T16:02:58Z', skippedNonUsd: 0 })
    expect(offer.value.prices.map((p) => [p.usd, p.beginRange, p.endRange])).toEqual([
      [0.0001, 0, 10_000_000],
      [0.00005, 10_000_000, 50_000_000],
      [0.000025, 50_000_000, 100_000_000],
    ])
    // CSV headers ("Region Code", "usageType") and JSON attribute names (regionCode, usagetype) meet in one key.
    expect(offer.value.prices[0]!.attributes).toMatchObject({ regioncode: 'ap-south-1', usagetype: 'APS3-DetectPiiEntities', productfamily: 'Entity Detection' })
    expect(offer.value.prices[0]).toMatchObject({ termType: 'OnDemand', unit: 'Unit', effectiveDate: '2025-04-01', reserved: null })
  })

  it('reads reserved terms from the JSON form: the upfront fee and the hourly rate of one term', () => {
    const json = JSON.stringify({
      formatVersion: 'v1.0',
      offerCode: 'AmazonEC2',
      version: '20260401000000',
      publicationDate: '2026-04-01T00:00:00Z',
      products: { SKU1: { sku: 'SKU1', productFamily: 'Compute Instance', attributes: { instanceType: 't3.medium', regionCode: 'us-east-1', operatingSystem: 'Linux', preInstalledSw: 'NA', tenancy: 'Shared', capacitystatus: 'Used' } } },
      terms: {
        OnDemand: { SKU1: { 'SKU1.JRTCKXETXF': { offerTermCode: 'JRTCKXETXF', effectiveDate: '2026-04-01T00:00:00Z', priceDimensions: { 'SKU1.JRTCKXETXF.6YS6EN2CT7': { rateCode: 'r1', description: '$0.0416 per On Demand Linux t3.medium Instance Hour', beginRange: '0', endRange: 'Inf', unit: 'Hrs', pricePerUnit: { USD: '0.0416000000' } } } } } },
        Reserved: {
          SKU1: {
            'SKU1.6QCMYABX3D': {
              offerTermCode: '6QCMYABX3D',
              effectiveDate: '2026-04-01T00:00:00Z',
              termAttributes: { LeaseContractLength: '1yr', OfferingClass: 'standard', PurchaseOption: 'Partial Upfront' },
              priceDimensions: {
                'SKU1.6QCMYABX3D.2TG2D8R56U': { rateCode: 'r2', description: 'Upfront Fee', unit: 'Quantity', pricePerUnit: { USD: '100' } },
                'SKU1.6QCMYABX3D.6YS6EN2CT7': { rateCode: 'r3', description: 'Linux/UNIX (Amazon VPC), t3.medium reserved instance applied', beginRange: '0', endRange: 'Inf', unit: 'Hrs', pricePerUnit: { USD: '0.0120000000' } },
                'SKU1.6QCMYABX3D.CNY': { rateCode: 'r4', description: 'other currency', unit: 'Hrs', pricePerUnit: { CNY: '1.0' } },
              },
            },
          },
        },
      },
    })
    const offer = readOfferJson('offer.json', json)
    if (!offer.ok) throw new Error(offer.problem.code)
    expect(offer.value.skippedNonUsd).toBe(1)
    const reserved = offer.value.prices.filter((p) => p.termType === 'Reserved')
    expect(reserved.map((p) => [p.unit, p.usd])).toEqual([
      ['Quantity', 100],
      ['Hrs', 0.012],
    ])
    expect(reserved[0]!.reserved).toEqual({ leaseContractLength: '1yr', purchaseOption: 'Partial Upfront', offeringClass: 'standard' })
    expect(offer.value.prices[0]!.attributes).toMatchObject({ instancetype: 't3.medium', preinstalledsw: 'NA', productfamily: 'Compute Instance' })
  })

  it('refuses broken files with a code naming the file and the fault, never a partial read', () => {
    expect(readOfferJson('a.json', '{"offerCode": "AmazonEC2", "products": {}')).toMatchObject({ ok: false, problem: { code: 'price-list.not-json', params: { file: 'a.json' } } })
    expect(readOfferJson('b.json', '{"offerCode": "AmazonEC2"}')).toMatchObject({ ok: false, problem: { code: 'price-list.missing-field', params: { field: 'publicationDate' } } })
    const truncated = read('offer.comprehend.ap-south-1.head.csv').slice(0, -40)
    expect(readOfferCsv('c.csv', truncated)).toMatchObject({ ok: false, problem: { code: 'price-list.unclosed-quote' } })
    expect(readOfferCsv('d.csv', '"FormatVersion","v1.0"\n')).toMatchObject({ ok: false, problem: { code: 'price-list.no-header' } })
    const badPrice = read('offer.comprehend.ap-south-1.head.csv').replace('"0.0001000000"', '"free"')
    expect(readOfferCsv('e.csv', badPrice)).toMatchObject({ ok: false, problem: { code: 'price-list.bad-number', params: { value: 'free', sku: '3AXMQWKDDFYP7NT5' } } })
  })
})

describe('reading an offer file in chunks', () => {
  it('gives the same prices whatever the chunk size, quotes and CRLFs split across chunks included', () => {
    const content = read('offer.comprehend.ap-south-1.head.csv').replace(/\n/g, '\r\n')
    const whole = readOfferCsv('offer.csv', content)
    for (const size of [1, 2, 7, 64]) {
      const reader = createOfferCsvReader('offer.csv')
      for (let i = 0; i < content.length; i += size) expect(reader.push(content.slice(i, i + size))).toBeNull()
      expect(reader.end()).toEqual(whole)
    }
  })

  it('keeps only the rows asked for, so a huge file costs memory only for the classes the catalog prices', () => {
    const kept = readOfferCsv('offer.csv', read('offer.comprehend.ap-south-1.head.csv'), () => false)
    expect(kept).toMatchObject({ ok: true, value: { prices: [] } })
  })
})

describe('parseCsv', () => {
  it('keeps quotes, commas and newlines inside quoted fields, and CRLF between records', () => {
    expect(parseCsv('"a","b ""c"", d"\r\n"1","two\nlines"\r\n')).toEqual([
      ['a', 'b "c", d'],
      ['1', 'two\nlines'],
    ])
  })
})
