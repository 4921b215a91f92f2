import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * A small migrator: numbered SQL files (`0001_init.sql`, `0002_….sql`) run once each, in order,
 * inside one transaction that also records them in `schema_migrations`. An advisory lock makes two
 * processes starting at once (two Next workers, a test and a server) take turns instead of racing.
 */

export type Migration = { version: number; name: string; sql: string; checksum: string }

/** What the migrator needs from a driver: a transaction that runs scripts and parameterised queries. */
type MigrationTx = {
  /** Runs a script of several statements (simple query protocol). */
  exec(sql: string): Promise<void>
  query<Row extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>
}
export type MigrationExecutor = { transaction<T>(run: (tx: MigrationTx) => Promise<T>): Promise<T> }

const MIGRATIONS_DIR = path.join(process.cwd(), 'server', 'db', 'migrations')

const FILE_NAME = /^(\d{4})_[a-z0-9][a-z0-9_-]*\.sql$/

/** An arbitrary constant naming ArchDeck's migration lock among any other advisory locks. */
export const MIGRATION_LOCK_KEY = 7_305_001

/** `turbopackIgnore`: `dir` is a parameter (tests pass their own), so the build must not trace the whole project for it. */
export function listMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = FILE_NAME.exec(file)
      if (!match) throw new Error(`Migration file ${file} must be named NNNN_words.sql (e.g. 0002_add_tags.sql)`)
      const sql = readFileSync(path.join(/*turbopackIgnore: true*/ dir, file), 'utf8')
      return { version: Number(match[1]), name: file, sql, checksum: createHash('sha256').update(sql).digest('hex') }
    })
    .sort((a, b) => a.version - b.version)
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migrations must be numbered 0001, 0002, … without gaps or repeats; found ${m.name} at position ${i + 1}`)
  })
  return migrations
}

/** The database was written by a newer ArchDeck: it records migrations this one does not have. */
export class NewerDatabaseError extends Error {
  readonly unknownVersions: number[]
  constructor(unknownVersions: number[]) {
    super(`The database has migration(s) ${unknownVersions.join(', ')} that this ArchDeck does not know; it was written by a newer version. Upgrade ArchDeck or point it at another database.`)
    this.name = 'NewerDatabaseError'
    this.unknownVersions = unknownVersions
  }
}

export function isNewerDatabaseError(error: unknown): error is NewerDatabaseError {
  // By name too: Next bundles this module separately from the custom server, so classes differ.
  return error instanceof NewerDatabaseError || (error instanceof Error && error.name === 'NewerDatabaseError')
}

/** Applies every migration not yet recorded; returns the versions it applied (none on a second run). */
export async function runMigrations(executor: MigrationExecutor, migrations: Migration[] = listMigrations()): Promise<number[]> {
  return executor.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY])
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`)
    const rows = await tx.query<{ version: number; name: string; checksum: string }>('SELECT version, name, checksum FROM schema_migrations ORDER BY version')
    const applied = new Map(rows.map((r) => [Number(r.version), r]))
    const newest = migrations.at(-1)?.version ?? 0
    const unknown = [...applied.keys()].filter((v) => v > newest)
    if (unknown.length > 0) throw new NewerDatabaseError(unknown)
    const done: number[] = []
    for (const migration of migrations) {
      const previous = applied.get(migration.version)
      if (previous) {
        // An edited migration does not run again; say so, because the schema may differ from the file.
        if (previous.checksum !== migration.checksum) console.warn(`[archdeck] migration ${migration.name} changed after it was applied; add a new migration instead of editing it.`)
        continue
      }
      await tx.exec(migration.sql)
      await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [migration.version, migration.name, migration.checksum])
      done.push(migration.version)
    }
    return done
  })
}
