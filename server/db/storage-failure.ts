import { isDataDirLockedError } from './data-dir-lock'
import { isNewerDatabaseError } from './migrate'

/**
 * Which errors mean the storage itself is unusable, so that "try again in a moment" would be a lie:
 * - `locked`: another process holds the PGlite folder (server/db/data-dir-lock.ts);
 * - `damaged`: PGlite cannot start on its files. Its PostgreSQL aborts ("PANIC: could not locate a
 *   valid checkpoint record" in the log, a WebAssembly `RuntimeError: Aborted()` to us), as after
 *   two processes wrote the same folder;
 * - `newer`: the database carries migrations this ArchDeck does not know (server/db/migrate.ts).
 * Anything else (a dropped connection, a timeout) may pass, and stays a plain 500.
 */
type StorageFailureKind = 'locked' | 'damaged' | 'newer'

/** What a client is told: what is wrong and how the operator recovers. No paths or PIDs (the log has them). */
export const STORAGE_FAILURE_MESSAGES: Record<StorageFailureKind, string> = {
  locked:
    "The server cannot open its storage: another process is using ArchDeck's data folder. Nothing was changed by this request. To recover, stop the other ArchDeck server or command, or start this one with ARCHDECK_DATA_DIR set to another folder; the server log names the folder and the process.",
  damaged:
    'The server cannot read its database: its files are damaged or unreadable. Nothing was changed by this request, and trying again will not help. To recover, stop the server and restore a backup with "archdeck db restore FILE" (it keeps a copy of the damaged files), or start it with ARCHDECK_DATA_DIR set to another folder to begin empty.',
  newer:
    'The server cannot use its database: a newer version of ArchDeck wrote it. Nothing was changed by this request. To recover, upgrade ArchDeck, or point it at another database.',
}

const DAMAGE = /\bPANIC\b|could not locate a valid checkpoint record|invalid (?:primary |secondary )?checkpoint record|database files are incompatible with server|^Aborted\(/

/** The kind of storage failure behind `error` (its causes included), or null for any other error. */
export function classifyStorageFailure(error: unknown): StorageFailureKind | null {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (isDataDirLockedError(e)) return 'locked'
    if (isNewerDatabaseError(e)) return 'newer'
    if (e instanceof Error && DAMAGE.test(e.message)) return 'damaged'
  }
  return null
}
