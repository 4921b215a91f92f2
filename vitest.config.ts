import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'cli/**/*.test.ts', 'data/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
    testTimeout: 30_000,
    // Opening PGlite (a WASM PostgreSQL) in a beforeAll takes seconds on a busy 2-core machine.
    hookTimeout: 60_000,
  },
})
