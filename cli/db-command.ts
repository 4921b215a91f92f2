import { backupStore, BackupRefusal, restoreStore } from '../server/db/backup'
import { targetFromEnv, type DatabaseTarget } from '../server/db/client'
import { isDataDirLockedError } from '../server/db/data-dir-lock'
import type { TableCounts } from '../server/db/sql-dump'
import type { DbArgs } from './db-args'
import type { Io } from './io'

/**
 * Runs `archdeck db backup|restore` (cli/db-args.ts) on the store the server would use: PGlite under
 * ARCHDECK_DATA_DIR (default .data), or the PostgreSQL server in DATABASE_URL. server/db/backup.ts.
 * Loaded only for `db`, so the other commands do not load the storage code.
 */
/** Exit codes: 0 done, 2 refused (bad input, the folder is in use, data would be replaced without --force). */
export async function runDbCommand(args: DbArgs, io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const target = targetFromEnv(env)
  try {
    if (args.action === 'backup') {
      const made = await backupStore(target, args.outFile, { format: args.format, force: args.force })
      const kind = made.format === 'pglite' ? 'PGlite folder dump' : 'SQL'
      io.out(`backed up ${describeCounts(made.counts)} from ${describeTarget(target)} to ${made.file} (${kind}, ${formatBytes(made.bytes)})`)
      return 0
    }
    const restored = await restoreStore(target, args.file, { force: args.force })
    io.out(`restored ${args.file} into ${describeTarget(target)}: ${describeCounts(restored.counts)}`)
    if (restored.keptAs) io.out(`the data it replaced is kept in ${restored.keptAs}`)
    return 0
  } catch (error) {
    if (isDataDirLockedError(error) || error instanceof BackupRefusal) {
      io.err(`archdeck: ${error.message}`)
      return 2
    }
    io.err(`archdeck: db ${args.action} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
    return 2
  }
}

function describeCounts(counts: TableCounts): string {
  const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`
  return [n(counts.workspaces, 'workspace'), n(counts.scenarios, 'scenario'), n(counts.scenario_versions, 'scenario version'), n(counts.shares, 'share'), n(counts.decisions, 'decision')].join(', ')
}

function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'pglite') return target.dataDir
  // Never print the URL: it may carry a password.
  return 'the PostgreSQL server in DATABASE_URL'
}

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
