import { mkdirSync, writeFileSync } from 'node:fs'
import { benchAdvise } from './advise'
import { benchAdvisorOnApp } from './advise-browser'
import { benchApp } from './app'
import { benchEngine, type BenchResult } from './engine'
import { benchExtremes } from './extremes'
import { benchImport } from './import'
import { benchRouteLines } from './route-lines'
import { benchTopologyOnApp } from './topology-browser'
import { installAllRegionBooks } from '../lib/pricing/install-region-books'

/**
 * `npm run bench`: prints each figure with its target and PASS/MISS and writes bench/results.json,
 * so a change can be compared with the last run. Figures, not assertions: nothing here fails CI.
 * `npm run bench -- --browser` adds the bundle size, the in-browser key-press latency, the topology
 * and the Advisor (bench/advise-browser.ts), from a production build in a temp copy (a few minutes;
 * see bench/app.ts).
 */
const withBrowser = process.argv.includes('--browser')
// The engine is measured as the server runs it: every region's prices in memory.
installAllRegionBooks()
const results: BenchResult[] = [
  ...benchEngine(),
  ...benchRouteLines(),
  ...benchExtremes(),
  ...benchAdvise(),
  ...(await benchImport()),
  // Further browser measurements go in the list: they share the one build and server.
  ...(withBrowser ? await benchApp([benchTopologyOnApp, benchAdvisorOnApp]) : []),
]
const width = Math.max(...results.map((r) => r.name.length))
for (const r of results)
  console.log(`${r.pass ? 'PASS' : 'MISS'}  ${r.name.padEnd(width)}  ${String(r.value).padStart(9)} ${r.unit}  (target ${r.atMost ? '≤' : '<'} ${r.target} ${r.unit})  ${r.detail}`)
mkdirSync('bench', { recursive: true })
writeFileSync('bench/results.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, results }, null, 2)}\n`)
