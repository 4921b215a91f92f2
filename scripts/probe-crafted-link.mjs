#!/usr/bin/env node
// Probes a running ArchDeck with the links that used to freeze it (issue 10, section 2): each
// crafted link is fired while /api/presets is asked every 25 ms alongside, and the timings are
// printed. Passes when every over-limit link answers 4xx in under 1 s and no /api/presets answer
// takes 200 ms or more. Loopback only, bounded in count and time.
//
//   npm start                                    # or: npx next start -p 3000, in a build you own
//   node scripts/probe-crafted-link.mjs --url http://127.0.0.1:3000 [--rounds 3]
import { register } from 'tsx/esm/api'

register()
const { findPreset } = await import('../data/presets/index.ts')
const { encodeScenarioParam } = await import('../lib/model/index.ts')

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(name)
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback
}
const base = new URL(option('--url', 'http://127.0.0.1:3000'))
if (!['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname)) {
  console.error(`probe-crafted-link: ${base.hostname} is not loopback; this probe only targets 127.0.0.1, localhost or [::1].`)
  process.exit(2)
}
const rounds = Math.min(20, Math.max(1, Number(option('--rounds', '3')) || 3))
const REQUEST_TIMEOUT_MS = 30_000

/** Seed 000 with its first service's peak pinned at `peak` tasks (policy none: the server count). */
function peakLink(peak, workersPerTask = 1) {
  const s = structuredClone(findPreset('swiftlogix').scenario)
  const service = s.config.services[0]
  service.count = { min: 2, desired: 2, max: 500 }
  service.scaling = { ...service.scaling, policy: 'none', scheduledPeakCount: peak }
  service.performance = { ...service.performance, workersPerTask }
  return encodeScenarioParam(s)
}

const crafted = [
  { label: '/present, peak 2e9 tasks', path: `/present?s=${peakLink(2e9)}`, expect: '4xx' },
  { label: '/present, peak 2^53 − 1 tasks', path: `/present?s=${peakLink(Number.MAX_SAFE_INTEGER)}`, expect: '4xx' },
  { label: '/, peak 2e9 tasks', path: `/?s=${peakLink(2e9)}`, expect: '4xx' },
  { label: '/compare, peak 2e9 tasks', path: `/compare?presets=swiftlogix&s=${peakLink(2e9)}`, expect: '4xx' },
  { label: '/present, largest valid peak (500 × 64 workers)', path: `/present?s=${peakLink(500, 64)}`, expect: '200' },
]

async function timed(path) {
  const started = performance.now()
  try {
    const response = await fetch(new URL(path, base), { redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
    await response.arrayBuffer()
    return { status: response.status, ms: performance.now() - started }
  } catch (error) {
    return { status: 0, ms: performance.now() - started, error: error.message }
  }
}

/** Fires `path` and, until it answers, GET /api/presets every 25 ms (at most 200 of them). */
async function probe(path) {
  const presets = []
  let done = false
  const side = (async () => {
    while (!done && presets.length < 200) {
      presets.push(timed('/api/presets'))
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  })()
  const main = await timed(path)
  done = true
  await side
  return { main, presets: await Promise.all(presets) }
}

const fmt = (ms) => `${ms.toFixed(0)} ms`
let failed = false
const warm = await timed('/api/presets')
if (warm.status !== 200) {
  console.error(`probe-crafted-link: GET ${new URL('/api/presets', base)} answered ${warm.status || warm.error}; is the server running?`)
  process.exit(2)
}
// The first request to a route loads its code (and the proxy's) into the server: not judged.
for (const link of crafted) {
  const first = await timed(link.path)
  console.log(`warm-up  ${link.label}: ${first.status || first.error} in ${fmt(first.ms)} (first load of the route, not judged)`)
}
for (const link of crafted) {
  for (let round = 1; round <= rounds; round++) {
    const { main, presets } = await probe(link.path)
    const slowest = Math.max(0, ...presets.map((p) => p.ms))
    const sorted = presets.map((p) => p.ms).sort((a, b) => a - b)
    const median = sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0
    const statusOk = link.expect === '4xx' ? main.status >= 400 && main.status < 500 : main.status === 200
    const ok = statusOk && main.ms < 1000 && slowest < 200 && presets.every((p) => p.status === 200)
    if (!ok) failed = true
    console.log(
      `${ok ? 'PASS' : 'FAIL'}  ${link.label} (round ${round}): ${main.status || main.error} in ${fmt(main.ms)}; ` +
        `/api/presets ×${presets.length} alongside: median ${fmt(median)}, slowest ${fmt(slowest)}`,
    )
  }
}
console.log(failed ? 'Some probes failed (want: over-limit links 4xx under 1 s, /api/presets under 200 ms).' : 'All probes passed.')
process.exit(failed ? 1 : 0)
