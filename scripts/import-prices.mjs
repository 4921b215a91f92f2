#!/usr/bin/env node
// Copies the unit prices ArchDeck uses from ../shared/pricing into data/prices/, keeping every
// price's source and date; the app never reads ../shared. Run it when a shared price file changes:
//   node scripts/import-prices.mjs [SHARED_PRICING_DIR]
// - aws-unit-prices.json → data/prices/aws-unit-prices.json (the curated catalog, two regions);
// - extended/catalog.json + extended/components.json → data/prices/regions/<region>.json (one
//   price book per region, loaded on demand), with a report of rows it could not place.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildRegionBooks } from './import-prices/build-region-books.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const sharedPricing = process.argv[2] ?? join(root, '..', 'shared', 'pricing')
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'))
const outDir = join(root, 'data', 'prices')
mkdirSync(join(outDir, 'regions'), { recursive: true })

const shared = readJson(join(sharedPricing, 'aws-unit-prices.json'))
const sources = shared.sources.map((s) => ({
  id: s.id,
  title: s.title,
  location: s.url_or_repo_path,
  asOf: s.as_of ?? 'date unknown',
  kind: s.kind ?? null,
  trust: s.trust ?? null,
}))
const regions = {}
for (const [region, prices] of Object.entries(shared.regions)) {
  regions[region] = Object.fromEntries(
    Object.entries(prices).map(([key, p]) => [key, { usd: p.usd, unit: p.unit, source: p.source ?? null, trust: p.trust ?? null, note: p.note ?? null }]),
  )
}
const catalog = { compiled: shared.compiled, importedFrom: 'shared/pricing/aws-unit-prices.json', currency: shared.currency, regions, sources, facts: shared.facts }
writeFileSync(join(outDir, 'aws-unit-prices.json'), JSON.stringify(catalog, null, 1) + '\n')
console.log(`wrote ${Object.keys(regions).length} regions, ${sources.length} sources to data/prices/aws-unit-prices.json`)

const extended = readJson(join(sharedPricing, 'extended', 'catalog.json'))
const components = readJson(join(sharedPricing, 'extended', 'components.json'))
// The newest date among the rows, so importing the same files twice writes the same books.
const compiled = [...extended.prices, ...components.prices].map((r) => String(r.asOf).slice(0, 10)).sort().at(-1)
const { books, report } = buildRegionBooks({ rows: [...extended.prices, ...components.prices], sources: { ...extended.sources, ...components.sources }, compiled })
for (const [region, book] of Object.entries(books)) {
  writeFileSync(join(outDir, 'regions', `${region}.json`), JSON.stringify(book) + '\n')
  console.log(`wrote ${Object.keys(book.prices).length} prices, ${book.sources.length} sources to data/prices/regions/${region}.json`)
}
console.log(`${report.rows} rows read; ${report.unmapped.length} without a catalog key; ${report.conflicts.length} keys with two prices`)
for (const line of report.unmapped) console.log(`  no key: ${line}`)
for (const c of report.conflicts) console.log(`  two prices: ${c.region} ${c.key} ${c.usd.join(' vs ')} (kept the newer)`)
