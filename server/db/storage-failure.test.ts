import { afterAll, describe, expect, it, vi } from 'vitest'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { handleRoute, json } from '@/server/workspaces/http/handle-route'
import { closeDb, getDb, openDatabase } from './client'
import { DataDirLockedError } from './data-dir-lock'
import { NewerDatabaseError } from './migrate'
import { sayServer } from '@/lib/i18n/catalog/say-server'
import { classifyStorageFailure } from './storage-failure'

const folder = mkdtempSync(path.join(tmpdir(), 'archdeck-damaged-'))
const saved = { DATABASE_URL: process.env.DATABASE_URL, ARCHDECK_DATA_DIR: process.env.ARCHDECK_DATA_DIR }

afterAll(async () => {
  await closeDb()
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  rmSync(folder, { recursive: true, force: true })
})

/** A PGlite folder whose write-ahead log is zeroed, as a crash between two writers can leave it. */
async function damagedPglite(): Promise<string> {
  const dataDir = path.join(folder, 'pglite')
  await (await openDatabase({ kind: 'pglite', dataDir })).close()
  const wal = path.join(dataDir, 'pg_wal')
  for (const file of readdirSync(wal).filter((f) => /^[0-9A-F]{24}$/.test(f))) writeFileSync(path.join(wal, file), Buffer.alloc(readFileSync(path.join(wal, file)).length))
  return dataDir
}

describe('classifyStorageFailure', () => {
  it('calls a PGlite folder that no longer starts damaged', async () => {
    const dataDir = await damagedPglite()
    const error = await openDatabase({ kind: 'pglite', dataDir }).then(
      () => null,
      (e: unknown) => e,
    )
    expect(classifyStorageFailure(error)).toBe('damaged')
  }, 120_000)

  it('recognises PostgreSQL PANIC text, a held data folder and a newer schema, also as a cause', () => {
    expect(classifyStorageFailure(new Error('PANIC:  could not locate a valid checkpoint record'))).toBe('damaged')
    expect(classifyStorageFailure(new DataDirLockedError('/x/pglite', '/x/pglite.lock', null))).toBe('locked')
    expect(classifyStorageFailure(new Error('query failed', { cause: new DataDirLockedError('/x/pglite', '/x/pglite.lock', null) }))).toBe('locked')
    expect(classifyStorageFailure(new NewerDatabaseError([9]))).toBe('newer')
    expect(classifyStorageFailure(new Error('query failed', { cause: new NewerDatabaseError([9]) }))).toBe('newer')
  })

  it('leaves passing trouble alone', () => {
    expect(classifyStorageFailure(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBeNull()
    expect(classifyStorageFailure(new Error('Connection terminated due to connection timeout'))).toBeNull()
    expect(classifyStorageFailure('PANIC')).toBeNull()
    expect(classifyStorageFailure(undefined)).toBeNull()
  })
})

describe('a 500 from a broken database', () => {
  it('says the files are damaged and how to recover, without a stack trace, instead of "try again"', async () => {
    delete process.env.DATABASE_URL
    process.env.ARCHDECK_DATA_DIR = folder // damaged by the test above, or now
    if (readdirSync(folder).length === 0) await damagedPglite()
    await closeDb()
    const route = handleRoute(async () => {
      await getDb()
      return json({ ok: true })
    })
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const response = await route(new Request('http://localhost/api/test'))
      expect(response.status).toBe(500)
      const body = await response.json()
      const reason = { code: 'server.storage', params: { failure: 'damaged' } } as const
      expect(body).toEqual({ error: sayServer('en', reason), reason })
      expect(body.error).toContain('archdeck db restore FILE')
      expect(body.error).not.toMatch(/try again in a moment|at .*\.(ts|js):\d+/)
      expect(log).toHaveBeenCalledOnce()
    } finally {
      log.mockRestore()
    }
  }, 120_000)
})
