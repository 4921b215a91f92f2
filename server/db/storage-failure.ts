import { isDataDirLockedError } from './data-dir-lock'
import { isNewerDatabaseError } from './migrate'
import type { StorageFailureKind } from '@/lib/i18n/catalog/server-reasons'

/**
 * Which errors mean the storage itself is unusable, so that "try again in a moment" would be a lie:
 * - `locked`: another process holds the PGlite folder (server/db/data-dir-lock.ts);
 * - `damaged`: PGlite cannot start on its files. Its PostgreSQL aborts ("PANIC: could not locate a
 *   valid checkpoint record" in the log, a WebAssembly `RuntimeError: Aborted()` to us), as after
 *   two processes wrote the same folder;
 * - `newer`: the database carries migrations this ArchDeck does not know (server/db/migrate.ts).
 * Anything else (a dropped connection, a timeout) may pass, and stays a plain 500. What a client is
 * told for each (what is wrong, how the operator recovers) is the catalog's `server.storage`.
 */

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
