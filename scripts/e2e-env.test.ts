import { afterEach, describe, expect, it, vi } from 'vitest'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { targetFromEnv } from '../server/db/client'
import { E2E_ENV } from './e2e-env.mjs'

const saved = { ARCHDECK_DIST_DIR: process.env.ARCHDECK_DIST_DIR, E2E_REUSE_SERVER: process.env.E2E_REUSE_SERVER }

afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  vi.resetModules()
})

async function loadNextConfig(distDir: string | undefined) {
  if (distDir === undefined) delete process.env.ARCHDECK_DIST_DIR
  else process.env.ARCHDECK_DIST_DIR = distDir
  vi.resetModules()
  // @ts-expect-error next.config.js is plain JavaScript without types (tsconfig has allowJs off)
  return (await import('../next.config.js')).default as { distDir: string }
}

async function loadPlaywrightConfig(reuse?: string) {
  if (reuse === undefined) delete process.env.E2E_REUSE_SERVER
  else process.env.E2E_REUSE_SERVER = reuse
  vi.resetModules()
  return (await import('../playwright.config')).default as unknown as { webServer: { command: string; env: Record<string, string>; reuseExistingServer: boolean } }
}

describe('npm test keeps away from a running npm start', () => {
  it('builds into .next unless ARCHDECK_DIST_DIR names another folder', async () => {
    expect((await loadNextConfig(undefined)).distDir).toBe('.next')
    expect((await loadNextConfig('.next-test')).distDir).toBe('.next-test')
  })

  it('gives the journeys their own build folder, their own PGlite folder and never a server database', () => {
    expect(E2E_ENV.ARCHDECK_DIST_DIR).not.toBe('.next')
    const target = targetFromEnv({ ...process.env, DATABASE_URL: 'postgres://someone@example/prod', ...E2E_ENV })
    expect(target).toEqual({ kind: 'pglite', dataDir: path.resolve('test-results', 'e2e-data', 'pglite') })
    expect(target).not.toEqual(targetFromEnv({ NODE_ENV: 'test' }))
  })

  it('builds the journeys into that folder', () => {
    expect(readFileSync(path.resolve('scripts', 'run-tests.mjs'), 'utf8')).toContain("run('npx', ['next', 'build'], E2E_ENV)")
  })

  it('starts the journeys\' server with that environment and never attaches to one already running unless asked', async () => {
    const config = await loadPlaywrightConfig()
    expect(config.webServer.env).toEqual(E2E_ENV)
    expect(config.webServer.command).toMatch(/^node --import tsx server\/serve\.ts -p \d+ -H 127\.0\.0\.1$/)
    expect(config.webServer.reuseExistingServer).toBe(false)
    expect((await loadPlaywrightConfig('1')).webServer.reuseExistingServer).toBe(true)
  })
})
