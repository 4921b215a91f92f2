import { and, eq } from 'drizzle-orm'
import { getDb, type Database } from '@/server/db/client'
import { newShareId } from '@/server/db/new-id'
import { scenarios, scenarioVersions, shares, workspaces } from '@/server/db/schema'
import { parseOrThrow, VersionNumberSchema } from './inputs'
import { readStoredScenario } from './read-stored-scenario'
import { RepositoryError } from './repository-error'
import type { SharedVersion, StoredProblem } from './types'

/**
 * Read-only share links to one version of a scenario: /s/<id>. The id is 16 random bytes
 * (22 base64url characters), the only thing a reader needs, so it must not be guessable. What a
 * link shows (SharedVersion) holds no workspace or scenario id: a reader learns the plan, not the
 * key to the workspace it came from.
 */

/** A share id as newShareId makes it; anything else is not looked up. */
const SHARE_ID = /^[A-Za-z0-9_-]{22,64}$/

/**
 * A new link to version `version` of a scenario of workspace `workspaceId`. Naming the workspace is
 * what proves the right to share: its id is the capability, while a scenario id alone is not
 * (docs/decisions/009). A scenario of another workspace is not found.
 */
export async function createShare(workspaceId: string, scenarioId: string, version: number, db?: Database): Promise<{ id: string; path: string }> {
  const v = parseOrThrow(VersionNumberSchema, version, 'version', 'share-version')
  const d = db ?? (await getDb())
  const [row] = await d
    .select({ version: scenarioVersions.version })
    .from(scenarioVersions)
    .innerJoin(scenarios, eq(scenarios.id, scenarioVersions.scenarioId))
    .where(and(eq(scenarios.workspaceId, workspaceId), eq(scenarioVersions.scenarioId, scenarioId), eq(scenarioVersions.version, v)))
  if (!row) throw new RepositoryError('not_found', { code: 'server.no-share-version', params: { version: v, scenarioId } })
  const id = newShareId()
  await d.insert(shares).values({ id, scenarioId, version: v })
  return { id, path: `/s/${id}` }
}

export type SharedVersionLookup = { status: 'ok'; shared: SharedVersion } | { status: 'not-found' } | { status: 'unreadable'; problem: StoredProblem }

/** The shared version, or why it cannot be shown: unknown link, or a stored version that no longer fits the model. */
export async function describeSharedVersion(shareId: string, db?: Database): Promise<SharedVersionLookup> {
  if (typeof shareId !== 'string' || !SHARE_ID.test(shareId)) return { status: 'not-found' }
  const d = db ?? (await getDb())
  const [row] = await d
    .select({ version: scenarioVersions.version, schemaVersion: scenarioVersions.schemaVersion, payload: scenarioVersions.payload, scenarioId: scenarios.id, name: scenarios.name, workspaceName: workspaces.name })
    .from(shares)
    .innerJoin(scenarioVersions, and(eq(scenarioVersions.scenarioId, shares.scenarioId), eq(scenarioVersions.version, shares.version)))
    .innerJoin(scenarios, eq(scenarios.id, shares.scenarioId))
    .innerJoin(workspaces, eq(workspaces.id, scenarios.workspaceId))
    .where(eq(shares.id, shareId))
  if (!row) return { status: 'not-found' }
  const read = readStoredScenario({ scenarioId: row.scenarioId, scenarioName: row.name, version: row.version, schemaVersion: row.schemaVersion, payload: row.payload })
  if (!read.ok) return { status: 'unreadable', problem: read.problem }
  return { status: 'ok', shared: { scenario: read.scenario, name: row.name, version: row.version, workspaceName: row.workspaceName } }
}

/**
 * What /s/[id] renders: the shared scenario version, validated; null when the link is unknown or
 * the stored version no longer fits the model (logged here; describeSharedVersion says which).
 */
export async function loadSharedVersion(shareId: string, db?: Database): Promise<SharedVersion | null> {
  const lookup = await describeSharedVersion(shareId, db)
  if (lookup.status === 'unreadable') console.warn(`[archdeck] share ${shareId}: ${lookup.problem.message}`)
  return lookup.status === 'ok' ? lookup.shared : null
}
