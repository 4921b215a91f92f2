import { sql } from 'drizzle-orm'
import { acquireDataDirLock, isDataDirLockedError } from './data-dir-lock'
import { openDatabase } from './client'

/**
 * A second process for server/db/data-dir-lock.test.ts (not a test itself).
 * `open DIR`: opens ArchDeck's database in DIR as a server would, writes one workspace, prints
 * "ready", and on any line from stdin prints "workspaces N", closes and exits 0.
 * `lock DIR MS`: takes the lock, prints "acquired" (or "refused <message>"), holds it MS, exits.
 */
const [mode, dir, holdMs] = process.argv.slice(2)
if (!dir) throw new Error('usage: data-dir-holder.fixture.ts open|lock DIR [MS]')

if (mode === 'open') {
  const handle = await openDatabase({ kind: 'pglite', dataDir: dir })
  await handle.db.execute(sql`INSERT INTO workspaces (id, name) VALUES ('ws_first_process', 'Written by the first process')`)
  process.stdout.write('ready\n')
  process.stdin.once('data', async () => {
    const result = (await handle.db.execute(sql`SELECT count(*)::int AS n FROM workspaces`)) as unknown as { rows: { n: number }[] }
    process.stdout.write(`workspaces ${result.rows[0]?.n}\n`)
    await handle.close()
    process.exit(0)
  })
} else {
  try {
    const lock = acquireDataDirLock(dir)
    process.stdout.write('acquired\n')
    setTimeout(() => {
      lock.release()
      process.exit(0)
    }, Number(holdMs ?? 0))
  } catch (error) {
    if (!isDataDirLockedError(error)) throw error
    process.stdout.write(`refused ${error.message}\n`)
    process.exit(3)
  }
}
