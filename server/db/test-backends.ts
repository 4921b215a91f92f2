import { afterAll, beforeAll, describe } from 'vitest'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openDatabase, type DatabaseHandle } from './client'

/**
 * The two back ends the storage tests run against: PGlite in a fresh temporary folder, and — when
 * TEST_DATABASE_URL is set (CI starts Debian's PostgreSQL) — a server, in a fresh schema per run
 * that is dropped afterwards. Only for tests.
 */
type TestBackend = { name: 'PGlite' | 'PostgreSQL'; available: boolean; open: () => Promise<TestDatabase> }
/** `dispose` closes and removes the storage; `removeStorage` only removes it (after a manual close). */
export type TestDatabase = DatabaseHandle & { removeStorage: () => Promise<void>; dispose: () => Promise<void> }

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined

export const TEST_BACKENDS: TestBackend[] = [
  { name: 'PGlite', available: true, open: openTempPglite },
  { name: 'PostgreSQL', available: TEST_DATABASE_URL !== undefined, open: openTempSchema },
]

export async function openTempPglite(): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), 'archdeck-pglite-'))
  const handle = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pglite') })
  const removeStorage = async () => rmSync(dir, { recursive: true, force: true })
  return {
    ...handle,
    removeStorage,
    dispose: async () => {
      await handle.close()
      await removeStorage()
    },
  }
}

async function openTempSchema(): Promise<TestDatabase> {
  const url = TEST_DATABASE_URL
  if (!url) throw new Error('TEST_DATABASE_URL is not set')
  const schema = `archdeck_test_${randomBytes(6).toString('hex')}`
  const handle = await openDatabase({ kind: 'postgres', url, schema })
  const removeStorage = async () => {
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    } finally {
      await client.end()
    }
  }
  return {
    ...handle,
    removeStorage,
    dispose: async () => {
      await handle.close()
      await removeStorage()
    },
  }
}

/**
 * Declares the same suite once per back end (the server one is reported as skipped without
 * TEST_DATABASE_URL). `db()` is the suite's database, fresh for the suite and removed after it.
 */
export function describeOnBackends(title: string, body: (db: () => DatabaseHandle['db']) => void): void {
  for (const backend of TEST_BACKENDS) {
    describe.skipIf(!backend.available)(`${title} on ${backend.name}`, () => {
      let handle: TestDatabase | undefined
      beforeAll(async () => {
        handle = await backend.open()
      })
      afterAll(async () => {
        await handle?.dispose()
      })
      body(() => {
        if (!handle) throw new Error(`the ${backend.name} test database did not open`)
        return handle.db
      })
    })
  }
}
