#!/usr/bin/env node
// Runs every test: unit (vitest), then the production build and the browser journeys (Playwright).
// Ends with one plain line "N passed, M failed" and exits non-zero on any failure or if nothing ran.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs'
import { E2E_ENV } from './e2e-env.mjs'

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
mkdirSync('test-results', { recursive: true })
let passed = 0
let failed = 0

function run(command, args, extraEnv = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`)
  return spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status ?? 1
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

// 1. Unit and engine tests.
const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json'])
const unit = readJson('test-results/vitest.json')
if (unit) {
  passed += unit.numPassedTests
  failed += unit.numFailedTests
  console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`)
}
if (unitStatus !== 0 && (!unit || unit.numFailedTests === 0)) failed += 1 // a crash outside any test

// Import cycles between modules or folders that .dependency-cruiser.cjs does not list: one test.
const cycleStatus = run('npm', ['run', '--silent', 'check:cycles'])
if (cycleStatus === 0) passed += 1
else failed += 1
console.log(`import cycles: ${cycleStatus === 0 ? 'passed' : 'failed'}`)

// 2. Browser journeys against the production build.
const hasSpecs = existsSync('e2e') && readdirSync('e2e').some((f) => f.endsWith('.spec.ts'))
let builtForE2e = false
if (hasSpecs && !process.argv.includes('--unit-only')) {
  // Its own build folder (.next-test): a running `npm start` keeps serving the user's .next.
  const buildStatus = run('npx', ['next', 'build'], E2E_ENV)
  builtForE2e = buildStatus === 0
  if (buildStatus !== 0) {
    console.log('build failed: browser journeys not run')
    failed += 1
  } else {
    // playwright.config.ts empties the journeys' own data folder and starts server/serve.ts on it.
    const e2eStatus = run('npx', ['playwright', 'test'], { ...E2E_ENV, PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json' })
    const e2e = readJson('test-results/playwright.json')
    if (e2e?.stats) {
      const ok = e2e.stats.expected + (e2e.stats.flaky ?? 0)
      passed += ok
      failed += e2e.stats.unexpected
      console.log(`e2e: ${ok} passed, ${e2e.stats.unexpected} failed`)
    }
    if (e2eStatus !== 0 && (!e2e?.stats || e2e.stats.unexpected === 0)) failed += 1
  }
}

// 3. The soak's short setting (docs/soak.md): the server of the journeys' build is SIGKILLed while
//    it takes writes, and every acknowledged write must come back; one test per storage back end.
const soakDistDir = E2E_ENV.ARCHDECK_DIST_DIR
// Only a build this run made: an old one left by a failed build would soak old code.
if (builtForE2e) {
  for (const backend of ['pglite', ...(process.env.TEST_DATABASE_URL?.trim() ? ['postgres'] : [])]) {
    const soakStatus = run('npm', ['run', '--silent', 'soak', '--', '--ci', '--backend', backend, '--dist-dir', soakDistDir])
    if (soakStatus === 0) passed += 1
    else failed += 1
    console.log(`soak on ${backend}: ${soakStatus === 0 ? 'passed' : 'failed'}`)
  }
} else if (!process.argv.includes('--unit-only')) console.log(`soak not run: this run made no production build in ${soakDistDir}`)

console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
