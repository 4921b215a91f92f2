import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { closeDb } from './client'

/**
 * Gives the test file its own embedded database in a new temporary folder (PGlite, whatever
 * DATABASE_URL says), then closes it, removes the folder and puts the environment back, with the
 * `alsoRestore` variables the file sets itself. Call at the top of the file; the folder's path is
 * read through the returned function, once beforeAll ran.
 */
export function useTemporaryDatabase(prefix: string, alsoRestore: readonly string[] = []): () => string {
  let dataDir = ''
  const savedEnv = Object.fromEntries(['DATABASE_URL', 'ARCHDECK_DATA_DIR', ...alsoRestore].map((key) => [key, process.env[key]]))
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), prefix))
    delete process.env.DATABASE_URL
    process.env.ARCHDECK_DATA_DIR = dataDir
  })
  afterAll(async () => {
    await closeDb()
    rmSync(dataDir, { recursive: true, force: true })
    for (const [key, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  })
  return () => dataDir
}
