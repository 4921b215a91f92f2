import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * The storage one soak runs against, fresh for it and removed after it: PGlite in a temporary
 * ARCHDECK_DATA_DIR, or a new schema on a PostgreSQL server (SOAK_DATABASE_URL or
 * TEST_DATABASE_URL) reached with `options=-c search_path=<schema>` in DATABASE_URL, which
 * node-postgres passes to the server at connect, so every table the app creates lands in it.
 */
export type SoakBackend = {
  name: 'PGlite' | 'PostgreSQL'
  /** What the server's environment needs to use this storage. */
  env: Record<string, string>
  /** Where the storage is, for the report. */
  where: string
  dispose: () => Promise<void>
}

export type BackendChoice = 'pglite' | 'postgres' | 'both'

export function soakDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.SOAK_DATABASE_URL?.trim() || env.TEST_DATABASE_URL?.trim() || undefined
}

export function openPgliteBackend(): SoakBackend {
  const dir = mkdtempSync(path.join(tmpdir(), 'archdeck-soak-data-'))
  return {
    name: 'PGlite',
    env: { ARCHDECK_DATA_DIR: dir, DATABASE_URL: '' },
    where: dir,
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  }
}

export async function openPostgresBackend(url: string): Promise<SoakBackend> {
  const schema = `archdeck_soak_${randomBytes(6).toString('hex')}`
  await runSql(url, `CREATE SCHEMA ${schema}`)
  return {
    name: 'PostgreSQL',
    env: { DATABASE_URL: withSearchPath(url, schema) },
    where: `schema ${schema} of ${redactPassword(url)}`,
    dispose: () => runSql(url, `DROP SCHEMA IF EXISTS ${schema} CASCADE`),
  }
}

/** `postgres://u:p@h/db` → `postgres://u:p@h/db?options=-c%20search_path%3D<schema>` (other parameters kept). */
function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url)
  parsed.searchParams.set('options', `-c search_path=${schema}`)
  return parsed.toString()
}

function redactPassword(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(the database URL)'
  }
}

async function runSql(url: string, statement: string): Promise<void> {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}
