import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { acquireDataDirLock } from './data-dir-lock'
import { runMigrations, type MigrationExecutor } from './migrate'
import { schema } from './schema'

/** One query layer for both back ends: drizzle's Postgres dialect over PGlite or node-postgres. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string }
  /** `schema` puts every table in that schema (created if missing), for isolated test runs. */
  | { kind: 'postgres'; url: string; schema?: string }

/** `appliedMigrations`: the versions this open applied (none when the database was up to date). */
export type DatabaseHandle = { db: Database; target: DatabaseTarget; appliedMigrations: number[]; close: () => Promise<void> }

/** `DATABASE_URL` selects a PostgreSQL server; otherwise PGlite under `${ARCHDECK_DATA_DIR ?? '.data'}/pglite`. */
export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim()
  if (url) return { kind: 'postgres', url }
  return { kind: 'pglite', dataDir: path.resolve(env.ARCHDECK_DATA_DIR?.trim() || '.data', 'pglite') }
}

/** Opens a database and applies pending migrations before anyone can query it. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  return target.kind === 'pglite' ? openPglite(target) : openPostgres(target)
}

async function openPglite(target: Extract<DatabaseTarget, { kind: 'pglite' }>): Promise<DatabaseHandle> {
  // PGlite expects its folder to exist (see the brief's machine notes); it fills an empty one.
  mkdirSync(target.dataDir, { recursive: true })
  // Two processes on one folder corrupt it: refuse (DataDirLockedError) before PGlite touches it.
  const lock = acquireDataDirLock(target.dataDir)
  let client: import('@electric-sql/pglite').PGlite | undefined
  try {
    const [{ PGlite }, { drizzle }] = await Promise.all([import('@electric-sql/pglite'), import('drizzle-orm/pglite')])
    client = await PGlite.create(target.dataDir)
    const opened = client
    const appliedMigrations = await runMigrations({
      transaction: (run) => opened.transaction((tx) => run({ exec: async (sql) => void (await tx.exec(sql)), query: async (sql, params) => (await tx.query<never>(sql, params)).rows })),
    })
    const db = drizzle({ client: opened, schema }) as unknown as Database
    // PGlite keeps the event loop alive until it is closed: tests and scripts must call close().
    return {
      db,
      target,
      appliedMigrations,
      close: async () => {
        try {
          await opened.close()
        } finally {
          lock.release()
        }
      },
    }
  } catch (error) {
    await client?.close().catch(() => undefined)
    lock.release()
    throw error
  }
}

/** A schema name that needs no quoting (target.schema goes into search_path and CREATE SCHEMA). */
export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/

async function openPostgres(target: Extract<DatabaseTarget, { kind: 'postgres' }>): Promise<DatabaseHandle> {
  const [{ default: pg }, { drizzle }] = await Promise.all([import('pg'), import('drizzle-orm/node-postgres')])
  if (target.schema !== undefined && !SCHEMA_NAME.test(target.schema)) throw new Error(`"${target.schema}" is not a plain schema name`)
  const pool = new pg.Pool({
    connectionString: target.url,
    max: 10,
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  })
  // An idle client dropped by the server must not take the process down; the next query reconnects.
  pool.on('error', (error) => console.error('[archdeck] PostgreSQL pool error:', error.message))
  const executor: MigrationExecutor = {
    transaction: async (run) => {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await run({ exec: async (sql) => void (await client.query(sql)), query: async (sql, params) => (await client.query(sql, params)).rows })
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
  }
  let appliedMigrations: number[]
  try {
    if (target.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${target.schema}`)
    appliedMigrations = await runMigrations(executor)
  } catch (error) {
    await pool.end()
    throw error
  }
  const db = drizzle({ client: pool, schema }) as unknown as Database
  return { db, target, appliedMigrations, close: () => pool.end() }
}

// Next bundles route handlers separately and reloads modules in development: keep one database per
// process on globalThis so PGlite's folder is never opened twice and migrations run once.
const GLOBAL_KEY = Symbol.for('archdeck.database')
type GlobalSlot = { [GLOBAL_KEY]?: Promise<DatabaseHandle> }

/** The process's database, opened (and migrated) on first use. */
export async function getDb(): Promise<Database> {
  const slot = globalThis as GlobalSlot
  if (!slot[GLOBAL_KEY]) {
    const opening = openDatabase(targetFromEnv())
    slot[GLOBAL_KEY] = opening
    // A failed start (server down, bad URL) is not cached: the next request tries again.
    opening.catch(() => {
      if (slot[GLOBAL_KEY] === opening) delete slot[GLOBAL_KEY]
    })
  }
  return (await slot[GLOBAL_KEY]).db
}

/** Closes the process's database (tests, scripts); the next getDb() opens it again. */
export async function closeDb(): Promise<void> {
  const slot = globalThis as GlobalSlot
  const opening = slot[GLOBAL_KEY]
  delete slot[GLOBAL_KEY]
  if (!opening) return
  const handle = await opening.catch(() => null)
  await handle?.close()
}
