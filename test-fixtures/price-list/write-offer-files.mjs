// Writes test-fixtures/price-list/written/: offer files in AWS Price List bulk format for the reader and update tests.
// Usage: node test-fixtures/price-list/write-offer-files.mjs test-fixtures/price-list/written
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
const root = process.argv[2]
const put = (p, s) => { mkdirSync(dirname(join(root, p)), { recursive: true }); writeFileSync(join(root, p), s) }
const VERSION = '20260401000000'
const PUB = '2026-04-01T00:00:00Z'
const disclaimer = 'This pricing list is for informational purposes only. All prices are subject to the additional terms included in the pricing pages on http://aws.amazon.com. All Free Tier prices are also subject to the terms included at https://aws.amazon.com/free/'
const offers = {}
for (const code of ['AmazonEC2', 'AmazonRDS', 'AmazonElastiCache']) offers[code] = { offerCode: code, versionIndexUrl: `/offers/v1.0/aws/${code}/index.json`, currentVersionUrl: `/offers/v1.0/aws/${code}/current/index.json`, currentRegionIndexUrl: `/offers/v1.0/aws/${code}/current/region_index.json` }
put('offers/v1.0/aws/index.json', JSON.stringify({ formatVersion: 'v1.0', disclaimer, publicationDate: PUB, offers }, null, 2))
for (const code of Object.keys(offers)) {
  const regions = {}
  for (const r of ['us-east-1']) regions[r] = { regionCode: r, currentVersionUrl: `/offers/v1.0/aws/${code}/${VERSION}/${r}/index.json` }
  put(`offers/v1.0/aws/${code}/current/region_index.json`, JSON.stringify({ formatVersion: 'v1.0', disclaimer, publicationDate: PUB, regions }, null, 2))
}
let n = 0
const sku = () => `FIXTURE${String(++n).padStart(9, '0')}`
function jsonOffer(code, region, items) {
  const products = {}, OnDemand = {}, Reserved = {}
  for (const it of items) {
    const s = sku()
    products[s] = { sku: s, productFamily: it.family, attributes: { regionCode: region, ...it.attributes } }
    const od = `${s}.JRTCKXETXF`
    OnDemand[s] = { [od]: { offerTermCode: 'JRTCKXETXF', sku: s, effectiveDate: '2026-04-01T00:00:00Z', priceDimensions: { [`${od}.6YS6EN2CT7`]: { rateCode: `${od}.6YS6EN2CT7`, description: `$${it.hourly} per On Demand ${it.attributes.instanceType} hour`, beginRange: '0', endRange: 'Inf', unit: 'Hrs', pricePerUnit: { USD: it.hourly.toFixed(10) }, appliesTo: [] } }, termAttributes: {} } }
    Reserved[s] = {}
    for (const r of it.reserved ?? []) {
      const tc = `${s}.${r.term}`
      const dims = { [`${tc}.6YS6EN2CT7`]: { rateCode: `${tc}.6YS6EN2CT7`, description: 'reserved instance applied', beginRange: '0', endRange: 'Inf', unit: 'Hrs', pricePerUnit: { USD: r.hourly.toFixed(10) }, appliesTo: [] } }
      if (r.fee > 0) dims[`${tc}.2TG2D8R56U`] = { rateCode: `${tc}.2TG2D8R56U`, description: 'Upfront Fee', unit: 'Quantity', pricePerUnit: { USD: String(r.fee) }, appliesTo: [] }
      Reserved[s][tc] = { offerTermCode: r.term, sku: s, effectiveDate: '2026-04-01T00:00:00Z', priceDimensions: dims, termAttributes: { LeaseContractLength: r.length, OfferingClass: r.cls ?? 'standard', PurchaseOption: r.option } }
    }
  }
  put(`offers/v1.0/aws/${code}/${VERSION}/${region}/index.json`, JSON.stringify({ formatVersion: 'v1.0', disclaimer, offerCode: code, version: VERSION, publicationDate: PUB, products, terms: { OnDemand, Reserved } }, null, 2))
}
const ec2 = (type, hourly, extra = {}, reserved) => ({ family: 'Compute Instance', hourly, reserved, attributes: { instanceType: type, operatingSystem: 'Linux', tenancy: 'Shared', preInstalledSw: 'NA', capacitystatus: 'Used', licenseModel: 'No License required', ...extra } })
const ri = [
  { term: '4NA7Y494T4', length: '1yr', option: 'No Upfront', fee: 0, hourly: 0.0262 },
  { term: 'HU7G6KETJZ', length: '1yr', option: 'Partial Upfront', fee: 110, hourly: 0.0125 },
  { term: '6QCMYABX3D', length: '1yr', option: 'All Upfront', fee: 215, hourly: 0 },
  { term: 'NQ3QZPMQV9', length: '3yr', option: 'All Upfront', fee: 414, hourly: 0 },
  { term: '7NE97W5U4E', length: '1yr', option: 'No Upfront', fee: 0, hourly: 0.03, cls: 'convertible' },
]
jsonOffer('AmazonEC2', 'us-east-1', [
  ec2('t3.medium', 0.0416, {}, ri),
  ec2('t3.large', 0.0832),
  ec2('m5.large', 0.096),
  ec2('t3.medium', 0.0416, { capacitystatus: 'UnusedCapacityReservation' }),
  ec2('t3.medium', 0.0736, { operatingSystem: 'Windows' }),
])
// RDS as CSV, the other form AWS publishes.
const head = ['SKU','OfferTermCode','RateCode','TermType','PriceDescription','EffectiveDate','StartingRange','EndingRange','Unit','PricePerUnit','Currency','RelatedTo','LeaseContractLength','PurchaseOption','OfferingClass','Product Family','serviceCode','Location','Location Type','Instance Type','Database Engine','Deployment Option','License Model','Region Code']
const q = (v) => `"${String(v).replace(/"/g, '""')}"`
const rows = []
function rds(type, engine, deployment, hourly, reserved = []) {
  const s = sku()
  const attrs = ['Database Instance', 'AmazonRDS', 'US East (N. Virginia)', 'AWS Region', type, engine, deployment, 'No license required', 'us-east-1']
  rows.push([s, 'JRTCKXETXF', `${s}.JRTCKXETXF.6YS6EN2CT7`, 'OnDemand', `USD ${hourly} per RDS ${type} ${deployment} Instance Hour (or partial hour) running ${engine}`, '2026-04-01', '0', 'Inf', 'Hrs', hourly.toFixed(10), 'USD', '', '', '', '', ...attrs])
  for (const r of reserved) {
    if (r.fee > 0) rows.push([s, r.term, `${s}.${r.term}.2TG2D8R56U`, 'Reserved', 'Upfront Fee', '2026-04-01', '', '', 'Quantity', String(r.fee), 'USD', '', r.length, r.option, 'standard', ...attrs])
    rows.push([s, r.term, `${s}.${r.term}.6YS6EN2CT7`, 'Reserved', `USD ${r.hourly} per RDS ${type} reserved hour`, '2026-04-01', '0', 'Inf', 'Hrs', r.hourly.toFixed(10), 'USD', '', r.length, r.option, 'standard', ...attrs])
  }
}
rds('db.t3.large', 'MySQL', 'Single-AZ', 0.136)
rds('db.t3.large', 'PostgreSQL', 'Single-AZ', 0.145)
rds('db.t4g.small', 'MySQL', 'Single-AZ', 0.032)
rds('db.t4g.small', 'MySQL', 'Multi-AZ', 0.065)
rds('db.m5.large', 'MySQL', 'Single-AZ', 0.171)
rds('db.t3.small', 'MySQL', 'Multi-AZ', 0.068, [{ term: 'HU7G6KETJZ', length: '1yr', option: 'Partial Upfront', fee: 150, hourly: 0.017 }, { term: '6QCMYABX3D', length: '1yr', option: 'All Upfront', fee: 300, hourly: 0 }])
rds('db.t3.small', 'Oracle', 'Single-AZ', 0.05)
const meta = [['FormatVersion', 'v1.0'], ['Disclaimer', disclaimer], ['Publication Date', PUB], ['Version', VERSION], ['OfferCode', 'AmazonRDS']]
put(`offers/v1.0/aws/AmazonRDS/${VERSION}/us-east-1/index.csv`, [...meta, head, ...rows].map((r) => r.map(q).join(',')).join('\n') + '\n')
const cache = (type, engine, hourly, reserved) => ({ family: 'Cache Instance', hourly, reserved, attributes: { instanceType: type, cacheEngine: engine } })
jsonOffer('AmazonElastiCache', 'us-east-1', [
  cache('cache.m4.large', 'Redis', 0.156),
  cache('cache.t3.micro', 'Redis', 0.017, [{ term: '4NA7Y494T4', length: '1yr', option: 'No Upfront', fee: 0, hourly: 0.012 }]),
  cache('cache.t3.micro', 'Valkey', 0.0136),
])
