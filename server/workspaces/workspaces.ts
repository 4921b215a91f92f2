import { asc, count, desc, eq } from 'drizzle-orm'
import { getDb, type Database } from '@/server/db/client'
import { newRowId } from '@/server/db/new-id'
import { scenarios, workspaces } from '@/server/db/schema'
import { parseOrThrow, WorkspaceNameSchema } from './inputs'
import { RepositoryError } from './repository-error'
import type { ScenarioSummary, WorkspaceDetail, WorkspaceSummary } from './types'

/**
 * Workspaces: a named folder of scenarios and decisions. Every function takes the database last so
 * tests can run the same calls against PGlite and a PostgreSQL server; callers omit it.
 */

export async function createWorkspace(name: string, db?: Database): Promise<WorkspaceSummary> {
  const clean = parseOrThrow(WorkspaceNameSchema, name, 'name', 'workspace-name')
  const d = db ?? (await getDb())
  const [row] = await d.insert(workspaces).values({ id: newRowId('ws'), name: clean }).returning()
  return { ...toSummary(row!), scenarioCount: 0 }
}

/**
 * Every workspace, most recently touched first: for the operator and tests only. No HTTP address
 * calls it, because a workspace id is the key to that workspace (docs/decisions/009).
 */
export async function listWorkspaces(db?: Database): Promise<WorkspaceSummary[]> {
  const d = db ?? (await getDb())
  const rows = await d
    .select({ id: workspaces.id, name: workspaces.name, createdAt: workspaces.createdAt, updatedAt: workspaces.updatedAt, scenarioCount: count(scenarios.id) })
    .from(workspaces)
    .leftJoin(scenarios, eq(scenarios.workspaceId, workspaces.id))
    .groupBy(workspaces.id)
    .orderBy(desc(workspaces.updatedAt), asc(workspaces.name))
  return rows.map((r) => ({ ...toSummary(r), scenarioCount: Number(r.scenarioCount) }))
}

/** The workspace with its scenarios (by name) and their latest version numbers; null if unknown. */
export async function getWorkspace(id: string, db?: Database): Promise<WorkspaceDetail | null> {
  const d = db ?? (await getDb())
  const [workspace] = await d.select().from(workspaces).where(eq(workspaces.id, id))
  if (!workspace) return null
  const rows = await d.select().from(scenarios).where(eq(scenarios.workspaceId, id)).orderBy(asc(scenarios.createdAt), asc(scenarios.name))
  return { id: workspace.id, name: workspace.name, createdAt: iso(workspace.createdAt), updatedAt: iso(workspace.updatedAt), scenarios: rows.map(toScenarioSummary) }
}

export async function renameWorkspace(id: string, name: string, db?: Database): Promise<WorkspaceSummary> {
  const clean = parseOrThrow(WorkspaceNameSchema, name, 'name', 'workspace-name')
  const d = db ?? (await getDb())
  const [row] = await d.update(workspaces).set({ name: clean, updatedAt: new Date() }).where(eq(workspaces.id, id)).returning()
  if (!row) throw new RepositoryError('not_found', { code: 'server.no-workspace', params: { id } })
  const [counted] = await d.select({ n: count() }).from(scenarios).where(eq(scenarios.workspaceId, id))
  return { ...toSummary(row), scenarioCount: Number(counted?.n ?? 0) }
}

/** Marks a workspace as just used, so listWorkspaces puts it first. */
export async function touchWorkspace(id: string, d: Database): Promise<void> {
  await d.update(workspaces).set({ updatedAt: new Date() }).where(eq(workspaces.id, id))
}

export function toScenarioSummary(row: typeof scenarios.$inferSelect): ScenarioSummary {
  return { id: row.id, name: row.name, latestVersion: row.latestVersion, copiedFromId: row.copiedFromId, createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) }
}

function toSummary(row: { id: string; name: string; createdAt: Date; updatedAt: Date }): Omit<WorkspaceSummary, 'scenarioCount'> {
  return { id: row.id, name: row.name, createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) }
}

export function iso(date: Date | string): string {
  return (date instanceof Date ? date : new Date(date)).toISOString()
}
