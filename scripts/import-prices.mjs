#!/usr/bin/env node
// Copies the unit prices ArchDeck uses from ../shared/pricing into data/prices/, keeping every
// price's source and date. Run it when the shared price file changes; the app never reads ../shared.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const input = process.argv[2] ?? join(root, '..', 'shared', 'pricing', 'aws-unit-prices.json')
const shared = JSON.parse(readFileSync(input, 'utf8'))
const outDir = join(root, 'data', 'prices')
mkdirSync(outDir, { recursive: true })

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
    Object.entries(prices).map(([key, p]) => [
      key,
      { usd: p.usd, unit: p.unit, source: p.source ?? null, trust: p.trust ?? null, note: p.note ?? null },
    ]),
  )
}

const catalog = {
  compiled: shared.compiled,
  importedFrom: 'shared/pricing/aws-unit-prices.json',
  currency: shared.currency,
  regions,
  sources,
  facts: shared.facts,
}
writeFileSync(join(outDir, 'aws-unit-prices.json'), JSON.stringify(catalog, null, 1) + '\n')
console.log(`wrote ${Object.keys(regions).length} regions, ${sources.length} sources to data/prices/aws-unit-prices.json`)
