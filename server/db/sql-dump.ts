import { listMigrations, type Migration } from './migrate'

/**
 * ArchDeck's data as one SQL script, the server back end's backup format (and an embedded one on
 * request). Like a plain `pg_dump`, but without needing its binary: the schema comes from the
 * migrations the database has applied, then one INSERT per row, all in one transaction. `psql -f`
 * loads it into an empty database; `archdeck db restore` loads it into either back end.
 */

/** A raw connection: one statement with parameters, or a script of several. */
export type SqlSession = {
  query<Row extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>
  exec(sql: string): Promise<void>
}

/** Tables whose rows a backup keeps, parents before children (foreign keys). */
export const BACKUP_TABLES = ['workspaces', 'scenarios', 'scenario_versions', 'shares', 'decisions', 'snapshots'] as const
/** Tables a backup leaves out: their rows rebuild themselves. */
const SKIPPED_TABLES: Record<string, string> = {
  rate_limit_buckets: 'write-limit counters; an empty table hands every client a full bucket',
}
/** Columns that point at a row of their own table: those rows are written referenced-first. */
const SELF_REFERENCES: Record<string, string> = { scenarios: 'copied_from_id' }

export const SQL_DUMP_HEADER = '-- ArchDeck backup (SQL)'
/** The line before the rows: a restore into a store that already has the schema skips to it. */
const SQL_DUMP_DATA_MARK = '-- archdeck:data'

export type TableCounts = Record<(typeof BACKUP_TABLES)[number], number>

/** Writes the script; `session` must see ArchDeck's tables first on its search_path. */
export async function dumpSql(
  session: SqlSession,
  origin: string,
  options: { inOpenTransaction?: boolean; migrations?: Migration[] } = {},
): Promise<{ sql: string; counts: TableCounts }> {
  const migrations = options.migrations ?? listMigrations()
  // One snapshot for every table, and timestamps in UTC so a dump does not depend on the server's zone.
  const settings = "SET LOCAL TIME ZONE 'UTC'; SET LOCAL datestyle = 'ISO, YMD'"
  await session.exec(options.inOpenTransaction ? settings : `BEGIN ISOLATION LEVEL REPEATABLE READ; ${settings}`)
  try {
    await refuseUnknownTables(session)
    const applied = (await session.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).map((r) => Number(r.version))
    const known = new Map(migrations.map((m) => [m.version, m]))
    const missing = applied.filter((v) => !known.has(v))
    if (missing.length > 0) throw new Error(`the database has migration(s) ${missing.join(', ')} that this ArchDeck does not know; back it up with the ArchDeck that wrote it`)
    const lines = [
      SQL_DUMP_HEADER,
      `-- migrations: ${applied.join(',')}`,
      `-- from: ${origin}, ${new Date().toISOString()}`,
      '-- Load into an empty database with: psql -v ON_ERROR_STOP=1 -f FILE, or with: archdeck db restore FILE',
      "SET client_encoding = 'UTF8';",
      'SET standard_conforming_strings = on;',
      'BEGIN;',
      'CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());',
    ]
    for (const version of applied) {
      const migration = known.get(version)!
      lines.push(`-- migration ${migration.name}`, migration.sql.trim(), `INSERT INTO schema_migrations (version, name, checksum) VALUES (${version}, ${literal(migration.name)}, ${literal(migration.checksum)});`)
    }
    lines.push(SQL_DUMP_DATA_MARK)
    const counts = {} as TableCounts
    for (const table of BACKUP_TABLES) {
      const columns = (await session.query<{ column_name: string }>(
        'SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position',
        [table],
      )).map((r) => r.column_name)
      const rows = await session.query<Record<string, string | null>>(`SELECT ${columns.map((c) => `${quoteIdent(c)}::text AS ${quoteIdent(c)}`).join(', ')} FROM ${quoteIdent(table)} ORDER BY 1`)
      counts[table] = rows.length
      const head = `INSERT INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) VALUES (`
      for (const row of orderSelfReferences(table, rows)) lines.push(`${head}${columns.map((c) => literal(row[c] ?? null)).join(', ')});`)
    }
    lines.push('COMMIT;', '')
    return { sql: lines.join('\n'), counts }
  } finally {
    if (!options.inOpenTransaction) await session.exec('COMMIT')
  }
}

/** A table nobody decided about would silently be missing from every backup: refuse instead. */
async function refuseUnknownTables(session: SqlSession): Promise<void> {
  const tables = (await session.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")).map((r) => r.table_name)
  const decided = new Set<string>([...BACKUP_TABLES, ...Object.keys(SKIPPED_TABLES), 'schema_migrations'])
  const unknown = tables.filter((t) => !decided.has(t))
  if (unknown.length > 0) throw new Error(`the backup does not know the table(s) ${unknown.join(', ')}: add them to BACKUP_TABLES or SKIPPED_TABLES in server/db/sql-dump.ts`)
}

/** Every table ArchDeck's migrations create here (a restore drops them before loading a script). */
export function restorableTables(): string[] {
  return [...[...BACKUP_TABLES].reverse(), ...Object.keys(SKIPPED_TABLES), 'schema_migrations']
}

/** Counts of the kept tables, on a store that has them. */
export async function countRows(session: SqlSession): Promise<TableCounts> {
  const counts = {} as TableCounts
  for (const table of BACKUP_TABLES) counts[table] = Number((await session.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quoteIdent(table)}`))[0]?.n ?? 0)
  return counts
}

/** Has the session's schema been set up by ArchDeck's migrations? */
export async function hasArchDeckTables(session: SqlSession): Promise<boolean> {
  const present = await session.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ('schema_migrations', 'workspaces')",
  )
  return Number(present[0]?.n ?? 0) === 2
}

/** Does the session's schema hold ArchDeck tables with any row in them? */
export async function hasArchDeckData(session: SqlSession): Promise<boolean> {
  if (!(await hasArchDeckTables(session))) return false
  const counts = await countRows(session)
  return Object.values(counts).some((n) => n > 0)
}

/** The script between BEGIN and COMMIT, for a restore that runs it inside its own transaction. */
export function sqlDumpBody(script: string): string {
  if (!script.startsWith(SQL_DUMP_HEADER)) throw new Error('not an ArchDeck SQL backup')
  const begin = script.indexOf('\nBEGIN;\n')
  const commit = script.lastIndexOf('\nCOMMIT;')
  if (begin === -1 || commit === -1 || commit < begin) throw new Error('the SQL backup is cut short (no BEGIN … COMMIT)')
  return script.slice(begin + '\nBEGIN;\n'.length, commit)
}

function orderSelfReferences(table: string, rows: Record<string, string | null>[]): Record<string, string | null>[] {
  const column = SELF_REFERENCES[table]
  if (!column) return rows
  const written = new Set<string>()
  const ordered: Record<string, string | null>[] = []
  let pending = rows
  while (pending.length > 0) {
    const ready = pending.filter((r) => r[column] === null || written.has(r[column]!) || !rows.some((o) => o.id === r[column]))
    // A cycle cannot come from ArchDeck; should one appear, write the rest as they are and let the load say so.
    const batch = ready.length > 0 ? ready : pending
    for (const row of batch) {
      ordered.push(row)
      written.add(row.id!)
    }
    pending = pending.filter((r) => !batch.includes(r))
  }
  return ordered
}

/** A string constant under standard_conforming_strings (only the quote doubles). */
function literal(value: string | null): string {
  return value === null ? 'NULL' : `'${value.replaceAll("'", "''")}'`
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}
