import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { openDatabase, SCHEMA_NAME, type DatabaseTarget } from './client'
import { acquireDataDirLock } from './data-dir-lock'
import { MIGRATION_LOCK_KEY } from './migrate'
import { countRows, dumpSql, hasArchDeckData, hasArchDeckTables, restorableTables, sqlDumpBody, SQL_DUMP_HEADER, type SqlSession, type TableCounts } from './sql-dump'

/**
 * `archdeck db backup` and `archdeck db restore`. Two formats:
 * - `pglite`: PGlite's own dump of its data folder (dumpDataDir, a .tar.gz), the embedded back end's
 *   default: an exact copy, restored with loadDataDir;
 * - `sql`: server/db/sql-dump.ts, the server back end's format, which either back end restores
 *   (and so moves data between them).
 * The embedded store is locked for the whole run (server/db/data-dir-lock.ts): with a server on the
 * folder, both refuse with DataDirLockedError. docs/decisions/008-one-process-per-data-directory.md.
 */

export type BackupFormat = 'pglite' | 'sql'

/** Thrown for a refusal the user can act on (the CLI prints it as one line, exit 2). */
export class BackupRefusal extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupRefusal'
  }
}

type BackupResult = { file: string; format: BackupFormat; counts: TableCounts; bytes: number }

export async function backupStore(target: DatabaseTarget, outFile: string, options: { format?: BackupFormat; force?: boolean } = {}): Promise<BackupResult> {
  const format = options.format ?? (target.kind === 'pglite' ? 'pglite' : 'sql')
  if (format === 'pglite' && target.kind !== 'pglite') throw new BackupRefusal('--format pglite backs up the embedded store only; a PostgreSQL server is backed up as SQL (the default)')
  if (existsSync(outFile) && !options.force) throw new BackupRefusal(`${outFile} exists already; choose another name, or pass --force to replace it`)
  if (target.kind === 'pglite' && !hasPgliteFiles(target.dataDir)) throw new BackupRefusal(`there is nothing to back up: ${target.dataDir} holds no ArchDeck data`)
  // The store is backed up as it is (no migration first); the lock keeps servers off it meanwhile.
  const lock = target.kind === 'pglite' ? acquireDataDirLock(target.dataDir) : null
  let bytes: Uint8Array
  let counts: TableCounts
  try {
    const session = await rawSession(target)
    try {
      if (!(await hasArchDeckTables(session.sql))) throw new BackupRefusal(`there is nothing to back up: ${describeTarget(target)} holds no ArchDeck tables`)
      if (format === 'pglite') {
        counts = await countRows(session.sql)
        bytes = new Uint8Array(await (await session.pglite!.dumpDataDir('gzip')).arrayBuffer())
      } else {
        const dump = await dumpSql(session.sql, target.kind === 'pglite' ? 'PGlite' : 'PostgreSQL')
        counts = dump.counts
        bytes = new TextEncoder().encode(dump.sql)
      }
    } finally {
      await session.close()
    }
  } finally {
    lock?.release()
  }
  writeAtomically(outFile, bytes)
  return { file: outFile, format, counts, bytes: bytes.length }
}

type RestoreResult = { format: BackupFormat; counts: TableCounts; keptAs: string | null }

/**
 * Replaces the store with a backup. A store with data is replaced only with `force`, and what it
 * held is kept: the PGlite folder is renamed `<folder>.replaced-<time>` (damaged or not), a server's
 * tables are written as SQL to `keepDir/archdeck-replaced-<time>.sql` first. A failed restore puts
 * the previous store back.
 */
export async function restoreStore(target: DatabaseTarget, file: string, options: { force?: boolean; keepDir?: string } = {}): Promise<RestoreResult> {
  const bytes = readBackupFile(file)
  const format = detectFormat(bytes, file)
  return target.kind === 'pglite' ? restorePglite(target.dataDir, bytes, format, options.force ?? false) : restorePostgres(target, bytes, format, options)
}

async function restorePglite(dataDir: string, bytes: Uint8Array, format: BackupFormat, force: boolean): Promise<RestoreResult> {
  const lock = acquireDataDirLock(dataDir)
  try {
    let keptAs: string | null = null
    if (hasPgliteFiles(dataDir)) {
      const state = await inspectPglite(dataDir)
      if (!force && state !== 'empty')
        throw new BackupRefusal(
          state === 'has-data'
            ? `${dataDir} holds ArchDeck data; pass --force to replace it (it is kept as ${path.basename(dataDir)}.replaced-<time> beside it)`
            : `${dataDir} cannot be opened (${state.unreadable}); pass --force to replace it (the folder is kept as ${path.basename(dataDir)}.replaced-<time> beside it)`,
        )
      keptAs = `${dataDir}.replaced-${timestamp()}`
      renameSync(dataDir, keptAs)
    }
    try {
      mkdirSync(dataDir, { recursive: true })
      const { PGlite } = await import('@electric-sql/pglite')
      const client =
        format === 'pglite' ? await PGlite.create({ dataDir, loadDataDir: new Blob([bytes as Uint8Array<ArrayBuffer>]) }) : await PGlite.create(dataDir)
      try {
        if (format === 'sql') await client.exec(`BEGIN;\n${sqlDumpBody(new TextDecoder().decode(bytes))}\nCOMMIT;`)
      } finally {
        await client.close()
      }
      // Open as the server will: migrations newer than the backup run now, and a bad load shows here.
      // One PGlite instance on the folder at a time, even within this process.
      await (await openDatabase({ kind: 'pglite', dataDir })).close()
      return { format, counts: await countStore({ kind: 'pglite', dataDir }), keptAs }
    } catch (error) {
      rmSync(dataDir, { recursive: true, force: true })
      if (keptAs) renameSync(keptAs, dataDir)
      throw error
    }
  } finally {
    lock.release()
  }
}

async function restorePostgres(target: Extract<DatabaseTarget, { kind: 'postgres' }>, bytes: Uint8Array, format: BackupFormat, options: { force?: boolean; keepDir?: string }): Promise<RestoreResult> {
  if (format === 'pglite')
    throw new BackupRefusal('this is a PGlite data-folder backup: restore it without DATABASE_URL (into ARCHDECK_DATA_DIR), then "archdeck db backup --format sql" makes a backup a PostgreSQL server can load')
  const body = sqlDumpBody(new TextDecoder().decode(bytes))
  const session = await rawSession(target)
  let keptAs: string | null = null
  try {
    await session.sql.exec('BEGIN')
    try {
      // Servers starting now wait for the restore instead of migrating a half-loaded schema.
      await session.sql.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY])
      if (target.schema) await session.sql.exec(`CREATE SCHEMA IF NOT EXISTS ${target.schema}`)
      if (await hasArchDeckData(session.sql)) {
        if (!options.force) throw new BackupRefusal('the database holds ArchDeck data; pass --force to replace it (it is first written to archdeck-replaced-<time>.sql)')
        const previous = (await dumpSql(session.sql, 'PostgreSQL (replaced by a restore)', { inOpenTransaction: true })).sql
        keptAs = path.resolve(options.keepDir ?? '.', `archdeck-replaced-${timestamp()}.sql`)
        writeAtomically(keptAs, new TextEncoder().encode(previous))
      }
      await session.sql.exec(restorableTables().map((t) => `DROP TABLE IF EXISTS "${t}" CASCADE;`).join('\n'))
      await session.sql.exec(body)
      await session.sql.exec('COMMIT')
    } catch (error) {
      await session.sql.exec('ROLLBACK').catch(() => undefined)
      if (keptAs) rmSync(keptAs, { force: true }) // nothing was replaced after all
      throw error
    }
  } finally {
    await session.close()
  }
  await (await openDatabase(target)).close()
  return { format, counts: await countStore(target), keptAs }
}

async function countStore(target: DatabaseTarget): Promise<TableCounts> {
  const session = await rawSession(target)
  try {
    return await countRows(session.sql)
  } finally {
    await session.close()
  }
}

function describeTarget(target: DatabaseTarget): string {
  return target.kind === 'pglite' ? target.dataDir : `the PostgreSQL database${target.schema ? ` (schema ${target.schema})` : ''}`
}

type RawSession = { sql: SqlSession; pglite?: import('@electric-sql/pglite').PGlite; close: () => Promise<void> }

/**
 * One connection for scripts and dumps (a transaction needs one connection, not drizzle's pool).
 * For PGlite, callers hold the folder's lock and never have another instance open on it.
 */
async function rawSession(target: DatabaseTarget): Promise<RawSession> {
  if (target.kind === 'pglite') {
    const { PGlite } = await import('@electric-sql/pglite')
    const client = await PGlite.create(target.dataDir)
    return {
      pglite: client,
      sql: { query: async (sql, params) => (await client.query<never>(sql, params)).rows, exec: async (sql) => void (await client.exec(sql)) },
      close: () => client.close(),
    }
  }
  if (target.schema !== undefined && !SCHEMA_NAME.test(target.schema)) throw new Error(`"${target.schema}" is not a plain schema name`)
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: target.url, ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}) })
  await client.connect()
  return {
    sql: { query: async (sql, params) => (await client.query(sql, params)).rows, exec: async (sql) => void (await client.query(sql)) },
    close: () => client.end(),
  }
}

function hasPgliteFiles(dataDir: string): boolean {
  return existsSync(dataDir) && readdirSync(dataDir).length > 0
}

async function inspectPglite(dataDir: string): Promise<'empty' | 'has-data' | { unreadable: string }> {
  try {
    const session = await rawSession({ kind: 'pglite', dataDir })
    try {
      return (await hasArchDeckData(session.sql)) ? 'has-data' : 'empty'
    } finally {
      await session.close()
    }
  } catch (error) {
    return { unreadable: error instanceof Error ? error.message.split('\n')[0]! : String(error) }
  }
}

function readBackupFile(file: string): Uint8Array {
  try {
    return readFileSync(file)
  } catch (error) {
    throw new BackupRefusal(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
}

/** gzip or tar: PGlite's folder dump; our SQL header: a SQL backup; anything else is refused. */
function detectFormat(bytes: Uint8Array, file: string): BackupFormat {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'pglite'
  if (bytes.length > 262 && new TextDecoder().decode(bytes.subarray(257, 262)) === 'ustar') return 'pglite'
  if (new TextDecoder().decode(bytes.subarray(0, SQL_DUMP_HEADER.length)) === SQL_DUMP_HEADER) return 'sql'
  throw new BackupRefusal(`${file} is not an ArchDeck backup (neither a PGlite folder dump nor an SQL file from "archdeck db backup")`)
}

/** A half-written backup must never sit under the name a user will restore from. */
function writeAtomically(file: string, bytes: Uint8Array): void {
  const draft = `${file}.${randomBytes(4).toString('hex')}.partial`
  try {
    writeFileSync(draft, bytes, { flag: 'wx' })
    renameSync(draft, file)
  } catch (error) {
    rmSync(draft, { force: true })
    throw new BackupRefusal(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
}

function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-')
}
