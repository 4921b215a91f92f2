import { eq } from 'drizzle-orm'
import { getDb, type Database } from '@/server/db/client'
import { CONFIG_SCHEMA_VERSION, migrateScenario, parseScenario, type Scenario } from '@/lib/model'
import { parseIncomingScenario } from '@/server/workspaces/inputs'
import { canonicalJson, SNAPSHOT_ID, snapshotIdOf } from './snapshot-id'
import { snapshots } from './snapshot-table'

/**
 * Immutable, content-addressed copies of designs, for links that would not fit in a URL
 * (docs/decisions/017). A snapshot belongs to no workspace: its id names exactly one design, and
 * whoever holds the link reads that design and nothing else.
 */

/**
 * Validates `input` with the same bounded schema as every link (a design over the evaluation limits
 * is refused here, not when a page opens it) and stores it once; a second store of the same design
 * is the same id and writes nothing. Throws a RepositoryError `invalid` (400) with field paths.
 */
export async function storeSnapshot(input: unknown, db?: Database): Promise<{ id: string }> {
  const scenario = parseIncomingScenario(input)
  const payload: unknown = JSON.parse(canonicalJson(scenario))
  const id = snapshotIdOf(payload)
  const d = db ?? (await getDb())
  await d.insert(snapshots).values({ id, schemaVersion: CONFIG_SCHEMA_VERSION, payload }).onConflictDoNothing({ target: snapshots.id })
  return { id }
}

export type SnapshotLookup = { status: 'ok'; scenario: Scenario } | { status: 'not-found' } | { status: 'unreadable'; message: string }

/**
 * The design a snapshot id names, migrated and validated again like any stored version (a newer
 * model may read it differently); `not-found` for an id no snapshot has, or that no id could be.
 */
export async function readSnapshot(id: string, db?: Database): Promise<SnapshotLookup> {
  if (typeof id !== 'string' || !SNAPSHOT_ID.test(id)) return { status: 'not-found' }
  const d = db ?? (await getDb())
  const [row] = await d.select({ schemaVersion: snapshots.schemaVersion, payload: snapshots.payload }).from(snapshots).where(eq(snapshots.id, id))
  if (!row) return { status: 'not-found' }
  const migrated = migrateScenario(row.payload, { version: row.schemaVersion })
  const parsed = migrated.ok ? parseScenario(migrated.value) : migrated
  if (!parsed.ok) return { status: 'unreadable', message: parsed.errors.map((e) => `${e.path}: ${e.message}`).slice(0, 3).join('; ') }
  return { status: 'ok', scenario: parsed.value }
}

/** What a page needs: the design, or which notice to show instead. */
export type SnapshotForPage = { status: 'ok'; scenario: Scenario } | { status: 'not-found' } | { status: 'unavailable' }

/**
 * readSnapshot for a page, which must answer whatever the store does: a snapshot that no longer
 * fits the model reads as not found (logged here), a store that fails as unavailable (logged).
 */
export async function openSnapshot(id: string, db?: Database): Promise<SnapshotForPage> {
  try {
    const lookup = await readSnapshot(id, db)
    if (lookup.status === 'unreadable') console.warn(`[archdeck] snapshot ${id}: ${lookup.message}`)
    return lookup.status === 'ok' ? lookup : { status: 'not-found' }
  } catch (error) {
    console.error(`[archdeck] snapshot ${id} could not be read:`, error)
    return { status: 'unavailable' }
  }
}
