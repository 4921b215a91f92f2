import { defineConfig, devices } from '@playwright/test'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { E2E_DATA_DIR, E2E_ENV } from './scripts/e2e-env.mjs'
import { isDataDirLocked } from './server/db/data-dir-lock'

const PORT = Number(process.env.E2E_PORT ?? 3100)
/**
 * Attaching to a server already on the port could mean testing (and writing into) someone's own
 * ArchDeck with its own data: only when asked for, e.g. to rerun one journey against a server
 * started with `ARCHDECK_DIST_DIR=.next-test ARCHDECK_DATA_DIR=test-results/e2e-data npm run serve -- -p 3100`.
 */
const REUSE_SERVER = process.env.E2E_REUSE_SERVER === '1'

// Every run starts with empty storage. Playwright loads this file in each worker too (they must not
// delete the running server's data), vitest reads it in scripts/e2e-env.test.ts, and a folder a
// live server holds is left alone: that server's lock then refuses the new one, naming it.
const isRunner = !process.env.TEST_WORKER_INDEX && !process.env.VITEST
if (isRunner && !REUSE_SERVER && !isDataDirLocked(path.resolve(E2E_DATA_DIR, 'pglite'))) {
  rmSync(E2E_DATA_DIR, { recursive: true, force: true })
}

/**
 * Journeys run against the production build in .next-test (`next build` runs first in
 * scripts/run-tests.mjs), served by ArchDeck's own server (server/serve.ts) on its own data folder.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    viewport: { width: 1440, height: 900 },
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    command: `node --import tsx server/serve.ts -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: REUSE_SERVER,
    // SIGTERM lets the server close the database and release its lock (server/serve.ts).
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    timeout: 120_000,
    env: E2E_ENV,
  },
})
