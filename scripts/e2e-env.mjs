// Where the browser journeys keep their build and their data: never the user's `.next` (which a
// running `npm start` serves) nor `.data` (which it holds locked), and never the user's PostgreSQL.
// Read by scripts/run-tests.mjs (the build) and playwright.config.ts (the server).

/** The journeys' own `next build` output (next.config.js reads ARCHDECK_DIST_DIR). */
const E2E_DIST_DIR = '.next-test'
/** The journeys' PGlite data, removed before each run so every run starts empty. */
export const E2E_DATA_DIR = 'test-results/e2e-data'

/** The environment of both the journeys' build and their server. */
export const E2E_ENV = {
  ARCHDECK_DIST_DIR: E2E_DIST_DIR,
  ARCHDECK_DATA_DIR: E2E_DATA_DIR,
  // An empty DATABASE_URL means PGlite (server/db/client.ts): a user's server database is never written by tests.
  DATABASE_URL: '',
  NEXT_TELEMETRY_DISABLED: '1',
}
