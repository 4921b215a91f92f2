import { afterAll, describe, expect, it } from 'vitest'
import { randomBytes } from 'node:crypto'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { backupStore, BackupRefusal, restoreStore } from './backup'
import { openDatabase, type DatabaseTarget } from './client'
import { DataDirLockedError } from './data-dir-lock'
import { BACKUP_TABLES } from './sql-dump'
import { TEST_DATABASE_URL } from './test-backends'

const folder = mkdtempSync(path.join(tmpdir(), 'archdeck-backup-'))
const schemas: string[] = []

afterAll(async () => {
  rmSync(folder, { recursive: true, force: true })
  if (schemas.length === 0 || !TEST_DATABASE_URL) return
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL })
  await client.connect()
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
  } finally {
    await client.end()
  }
})

type Backend = { name: string; available: boolean; newTarget: () => DatabaseTarget }

let pgliteCount = 0
const BACKENDS: Backend[] = [
  { name: 'PGlite', available: true, newTarget: () => ({ kind: 'pglite', dataDir: path.join(folder, `store-${++pgliteCount}`, 'pglite') }) },
  {
    name: 'PostgreSQL',
    available: TEST_DATABASE_URL !== undefined,
    newTarget: () => {
      const schema = `archdeck_backup_${randomBytes(5).toString('hex')}`
      schemas.push(schema)
      return { kind: 'postgres', url: TEST_DATABASE_URL!, schema }
    },
  },
]

/**
 * Two workspaces with what a user makes: scenarios with several versions (one a conflict copy
 * pointing at its original), shares of two versions, decisions; text with quotes, backslashes,
 * Korean and emoji; a NULL; jsonb nesting.
 */
const SEED = `
INSERT INTO workspaces (id, name, created_at, updated_at) VALUES
  ('ws_a', 'Seoul ''final'' plan \\ 서울', '2026-01-02 03:04:05.678+00', '2026-01-03 00:00:00+00'),
  ('ws_b', 'Empty workspace 🚀', '2026-02-01 00:00:00+00', '2026-02-01 00:00:00+00');
INSERT INTO scenarios (id, workspace_id, name, latest_version, copied_from_id) VALUES
  ('sc_copy', 'ws_a', 'Plan 1 (conflict copy)', 1, NULL),
  ('sc_orig', 'ws_a', 'Plan 1', 3, NULL);
UPDATE scenarios SET copied_from_id = 'sc_orig' WHERE id = 'sc_copy';
INSERT INTO scenario_versions (scenario_id, version, schema_version, payload, source, based_on, client_save_id) VALUES
  ('sc_orig', 1, 3, '{"config":{"name":"it''s \\"quoted\\"","services":[{"count":{"min":2,"max":6}}]},"requirements":{"budget":{"monthly":150000}}}', 'create', NULL, 'save-1'),
  ('sc_orig', 2, 3, '{"config":{"name":"v2 한국어"}}', 'save', 1, 'save-2'),
  ('sc_orig', 3, 3, '{"config":{"name":"v3"}}', 'restore', 1, NULL),
  ('sc_copy', 1, 3, '{"config":{"name":"copy"}}', 'conflict-copy', 2, 'save-3');
INSERT INTO shares (id, scenario_id, version) VALUES ('share_one', 'sc_orig', 2), ('share_two', 'sc_copy', 1);
INSERT INTO decisions (id, workspace_id, number, payload) VALUES
  ('dc_1', 'ws_a', 1, '{"title":"Go Multi-AZ","options":[{"monthlyUsd":200.97}]}'),
  ('dc_2', 'ws_a', 2, '{"title":"Keep one NAT","notes":"line one\\nline two"}');
`

/** Every row of every kept table, as text: a restore must bring back exactly this. */
async function snapshot(target: DatabaseTarget): Promise<Record<string, unknown[]>> {
  const handle = await openDatabase(target)
  try {
    const tables: Record<string, unknown[]> = {}
    for (const table of BACKUP_TABLES) {
      const result = (await handle.db.execute(sql.raw(`SELECT to_jsonb(t)::text AS row FROM ${table} t ORDER BY 1`))) as unknown as { rows: { row: string }[] }
      tables[table] = result.rows.map((r) => JSON.parse(r.row))
    }
    return tables
  } finally {
    await handle.close()
  }
}

async function seed(target: DatabaseTarget, statements = SEED): Promise<void> {
  const handle = await openDatabase(target)
  try {
    for (const statement of statements.split(';').map((s) => s.trim()).filter(Boolean)) await handle.db.execute(sql.raw(statement))
  } finally {
    await handle.close()
  }
}

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error)

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`archdeck db backup and restore on ${backend.name}`, () => {
    it('brings back every workspace, scenario version, share and decision, refusing to overwrite data without --force and keeping what it replaced', async () => {
      const target = backend.newTarget()
      await seed(target)
      const before = await snapshot(target)
      expect(before.scenario_versions).toHaveLength(4)
      const file = path.join(folder, `${backend.name}-backup`)
      const made = await backupStore(target, file)
      expect(made.format).toBe(backend.name === 'PGlite' ? 'pglite' : 'sql')
      expect(made.counts).toEqual({ workspaces: 2, scenarios: 2, scenario_versions: 4, shares: 2, decisions: 2, snapshots: 0 })

      // Work after the backup, then a restore: refused without --force, nothing changed.
      await seed(target, "INSERT INTO workspaces (id, name) VALUES ('ws_later', 'Made after the backup')")
      const refused = await refusal(restoreStore(target, file, { keepDir: folder }))
      expect(refused).toBeInstanceOf(BackupRefusal)
      expect((refused as Error).message).toMatch(/holds ArchDeck data; pass --force to replace it/)
      expect((await snapshot(target)).workspaces).toHaveLength(3)

      const restored = await restoreStore(target, file, { force: true, keepDir: folder })
      expect(restored.counts).toEqual(made.counts)
      expect(await snapshot(target)).toEqual(before)
      // What it replaced is kept, with the workspace made after the backup.
      expect(restored.keptAs).not.toBeNull()
      const kept = restored.keptAs!
      if (target.kind === 'pglite') {
        const keptStore = await snapshot({ kind: 'pglite', dataDir: kept })
        expect(keptStore.workspaces).toHaveLength(3)
      } else {
        expect(readFileSync(kept, 'utf8')).toContain("'Made after the backup'")
      }
    }, 180_000)

    it('restores an SQL backup into an empty store without --force', async () => {
      const source = backend.newTarget()
      await seed(source)
      const file = path.join(folder, `${backend.name}-backup.sql`)
      await backupStore(source, file, { format: 'sql' })
      expect(readFileSync(file, 'utf8')).toMatch(/^-- ArchDeck backup \(SQL\)\n/)
      const empty = backend.newTarget()
      const restored = await restoreStore(empty, file)
      expect(restored.keptAs).toBeNull()
      expect(await snapshot(empty)).toEqual(await snapshot(source))
    }, 180_000)
  })
}

describe.skipIf(!TEST_DATABASE_URL)('moving between back ends', () => {
  it('restores an SQL backup of the embedded store into a PostgreSQL server', async () => {
    const [embedded, server] = [BACKENDS[0]!.newTarget(), BACKENDS[1]!.newTarget()]
    await seed(embedded)
    const file = path.join(folder, 'move.sql')
    await backupStore(embedded, file, { format: 'sql' })
    await restoreStore(server, file)
    expect(await snapshot(server)).toEqual(await snapshot(embedded))
  }, 180_000)
})

describe('archdeck db restore refusals', () => {
  it('refuses a file that is no backup, and a PGlite dump for a PostgreSQL server', async () => {
    const junk = path.join(folder, 'notes.txt')
    writeFileSync(junk, 'hello')
    const target = BACKENDS[0]!.newTarget()
    expect(((await refusal(restoreStore(target, junk))) as Error).message).toBe(`${junk} is not an ArchDeck backup (neither a PGlite folder dump nor an SQL file from "archdeck db backup")`)
    expect(existsSync(target.kind === 'pglite' ? target.dataDir : '')).toBe(false)
    await seed(target)
    const dump = path.join(folder, 'dump.tgz')
    await backupStore(target, dump)
    const onServer = await refusal(restoreStore({ kind: 'postgres', url: 'postgres://nobody@127.0.0.1:1/none' }, dump))
    expect((onServer as Error).message).toMatch(/^this is a PGlite data-folder backup/)
  }, 120_000)

  it('refuses to restore into a folder another process holds, and leaves it alone', async () => {
    const target = BACKENDS[0]!.newTarget() as Extract<DatabaseTarget, { kind: 'pglite' }>
    await seed(target)
    const file = path.join(folder, 'held.tgz')
    await backupStore(target, file)
    const holder = spawn(process.execPath, ['--import', 'tsx', path.join('server', 'db', 'data-dir-holder.fixture.ts'), 'lock', target.dataDir, '20000'], { cwd: process.cwd() })
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.once('data', (chunk: Buffer) => (chunk.toString().startsWith('acquired') ? resolve() : reject(new Error(chunk.toString()))))
        holder.once('exit', (code) => reject(new Error(`the holder exited (${code})`)))
      })
      const refused = await refusal(restoreStore(target, file, { force: true }))
      expect(refused).toBeInstanceOf(DataDirLockedError)
      expect((refused as Error).message).toBe(`ArchDeck's data directory ${target.dataDir} is in use by process ${holder.pid}; stop that process (another ArchDeck server or command), or set ARCHDECK_DATA_DIR to another folder.`)
      expect(existsSync(target.dataDir)).toBe(true)
    } finally {
      holder.kill('SIGKILL')
    }
  }, 120_000)
})
