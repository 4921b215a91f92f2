import { and, desc, eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import { CONFIG_SCHEMA_VERSION, type Scenario } from '@/lib/model'
import { getDb, type Database } from '@/server/db/client'
import { newRowId } from '@/server/db/new-id'
import { scenarios, scenarioVersions, workspaces } from '@/server/db/schema'
import { parseIncomingScenario, parseOrThrow, ScenarioNameSchema, VersionNumberSchema } from './inputs'
import { readStoredScenario } from './read-stored-scenario'
import { RepositoryError, isUniqueViolation } from './repository-error'
import type { SaveConflict, SaveResult, ScenarioRef, ScenarioSummary, VersionMeta, VersionRecord, VersionSource } from './types'
import { iso, toScenarioSummary, touchWorkspace } from './workspaces'

/**
 * Scenarios and their versions. A version is never changed or deleted: saving, restoring and
 * resolving a conflict all add one. Saves use optimistic concurrency: the caller names the version
 * it started from, and if someone saved in between, the incoming work goes to a conflict copy [1].
 */

/** A scenario with the workspace it belongs to, or null. */
export async function findScenario(scenarioId: string, db?: Database): Promise<ScenarioRef | null> {
  const d = db ?? (await getDb())
  const [row] = await d.select().from(scenarios).where(eq(scenarios.id, scenarioId))
  return row ? { ...toScenarioSummary(row), workspaceId: row.workspaceId } : null
}

/** Adds a scenario named `name` (unique in the workspace, ignoring case) with `scenario` as version 1. */
export async function createScenario(workspaceId: string, name: string, scenario: unknown, db?: Database): Promise<ScenarioSummary> {
  const cleanName = parseOrThrow(ScenarioNameSchema, name, 'name', 'scenario-name')
  const payload = parseIncomingScenario(scenario)
  const d = db ?? (await getDb())
  try {
    return await d.transaction(async (tx) => {
      await lockWorkspace(tx, workspaceId)
      const [taken] = await tx
        .select({ id: scenarios.id })
        .from(scenarios)
        .where(and(eq(scenarios.workspaceId, workspaceId), sql`lower(${scenarios.name}) = lower(${cleanName})`))
      if (taken) throw duplicateName(cleanName)
      const [row] = await tx.insert(scenarios).values({ id: newRowId('sc'), workspaceId, name: cleanName, latestVersion: 1 }).returning()
      await insertVersion(tx, { scenarioId: row!.id, version: 1, payload, source: 'create', basedOn: null, clientSaveId: null })
      await touchWorkspace(workspaceId, tx)
      return toScenarioSummary(row!)
    })
  } catch (error) {
    // Two tabs creating the same name at once: the unique index has the last word.
    if (isUniqueViolation(error)) throw duplicateName(cleanName)
    throw error
  }
}

const SaveInputSchema = z.strictObject({
  baseVersion: VersionNumberSchema,
  scenario: z.unknown(),
  /** Chosen by the client per save attempt, so a retried request cannot save twice. */
  clientSaveId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 letters, digits, - or _').optional(),
})
export type SaveInput = { baseVersion: number; scenario: unknown; clientSaveId?: string }

/**
 * Saves `scenario` as the next version if `baseVersion` is still the latest. Otherwise nothing is
 * overwritten: the scenario's latest stays as the other editor saved it, and the incoming work is
 * stored as version 1 of a new scenario "<name> (conflict copy)", which the answer names.
 */
export async function saveScenarioVersion(scenarioId: string, input: SaveInput, db?: Database): Promise<SaveResult> {
  const { baseVersion, clientSaveId } = parseOrThrow(SaveInputSchema, input, '', 'save')
  const payload = parseIncomingScenario(input.scenario)
  const d = db ?? (await getDb())
  return d.transaction(async (tx) => {
    const row = await lockScenario(tx, scenarioId)
    if (clientSaveId) {
      const replayed = await replaySave(tx, row, clientSaveId)
      if (replayed) return replayed
    }
    if (baseVersion > row.latestVersion)
      throw new RepositoryError('invalid', `The save is not valid: baseVersion ${baseVersion} is newer than the latest version (${row.latestVersion}).`, [
        { path: 'baseVersion', message: `is newer than the latest version (${row.latestVersion})` },
      ])
    if (baseVersion === row.latestVersion) {
      const version = row.latestVersion + 1
      await insertVersion(tx, { scenarioId, version, payload, source: 'save', basedOn: baseVersion, clientSaveId: clientSaveId ?? null })
      await tx.update(scenarios).set({ latestVersion: version, updatedAt: new Date() }).where(eq(scenarios.id, scenarioId))
      await touchWorkspace(row.workspaceId, tx)
      return { ok: true, scenarioId, version }
    }
    await lockWorkspace(tx, row.workspaceId)
    const copyName = await freeCopyName(tx, row.workspaceId, row.name)
    const [copy] = await tx.insert(scenarios).values({ id: newRowId('sc'), workspaceId: row.workspaceId, name: copyName, latestVersion: 1, copiedFromId: row.id }).returning()
    await insertVersion(tx, { scenarioId: copy!.id, version: 1, payload, source: 'conflict-copy', basedOn: baseVersion, clientSaveId: clientSaveId ?? null })
    await touchWorkspace(row.workspaceId, tx)
    return { ok: false, conflict: await describeConflict(tx, row, baseVersion, { scenarioId: copy!.id, name: copy!.name, version: 1 }) }
  })
}

/** Every version of a scenario, newest first; null if the scenario does not exist. */
export async function listVersions(scenarioId: string, db?: Database): Promise<VersionMeta[] | null> {
  const d = db ?? (await getDb())
  const [row] = await d.select({ id: scenarios.id }).from(scenarios).where(eq(scenarios.id, scenarioId))
  if (!row) return null
  const rows = await d
    .select({
      scenarioId: scenarioVersions.scenarioId,
      version: scenarioVersions.version,
      schemaVersion: scenarioVersions.schemaVersion,
      source: scenarioVersions.source,
      basedOn: scenarioVersions.basedOn,
      createdAt: scenarioVersions.createdAt,
    })
    .from(scenarioVersions)
    .where(eq(scenarioVersions.scenarioId, scenarioId))
    .orderBy(desc(scenarioVersions.version))
  return rows.map((r) => ({ ...r, createdAt: iso(r.createdAt) }))
}

/** One version with its scenario, migrated and validated; a misfit is reported in `problem`. */
export async function getVersion(scenarioId: string, version: number, db?: Database): Promise<VersionRecord | null> {
  if (!Number.isInteger(version) || version < 1) return null
  const d = db ?? (await getDb())
  const [row] = await d
    .select({ version: scenarioVersions, scenarioName: scenarios.name })
    .from(scenarioVersions)
    .innerJoin(scenarios, eq(scenarios.id, scenarioVersions.scenarioId))
    .where(and(eq(scenarioVersions.scenarioId, scenarioId), eq(scenarioVersions.version, version)))
  if (!row) return null
  return toVersionRecord(row.version, row.scenarioName)
}

/** Makes an old version the latest again by copying it as a new version; history is kept. */
export async function restoreVersion(scenarioId: string, version: number, db?: Database): Promise<{ scenarioId: string; version: number; restoredFrom: number }> {
  const from = parseOrThrow(VersionNumberSchema, version, 'version', 'restore-version')
  const d = db ?? (await getDb())
  return d.transaction(async (tx) => {
    const row = await lockScenario(tx, scenarioId)
    const [old] = await tx.select().from(scenarioVersions).where(and(eq(scenarioVersions.scenarioId, scenarioId), eq(scenarioVersions.version, from)))
    if (!old) throw new RepositoryError('not_found', { code: 'server.no-version', params: { name: row.name, version: from } })
    const read = readStoredScenario({ scenarioId, scenarioName: row.name, version: from, schemaVersion: old.schemaVersion, payload: old.payload })
    if (!read.ok) throw new RepositoryError('unreadable', `${read.problem.message} It cannot be restored.`, read.problem.errors)
    const next = row.latestVersion + 1
    await insertVersion(tx, { scenarioId, version: next, payload: read.scenario, source: 'restore', basedOn: from, clientSaveId: null })
    await tx.update(scenarios).set({ latestVersion: next, updatedAt: new Date() }).where(eq(scenarios.id, scenarioId))
    await touchWorkspace(row.workspaceId, tx)
    return { scenarioId, version: next, restoredFrom: from }
  })
}

// ——— helpers ———

type ScenarioRow = typeof scenarios.$inferSelect
type VersionRow = typeof scenarioVersions.$inferSelect

async function lockScenario(tx: Database, scenarioId: string): Promise<ScenarioRow> {
  const [row] = await tx.select().from(scenarios).where(eq(scenarios.id, scenarioId)).for('update')
  if (!row) throw new RepositoryError('not_found', { code: 'server.scenario-missing', params: { id: scenarioId } })
  return row
}

/** Serialises writes that pick a name or a number within one workspace. */
export async function lockWorkspace(tx: Database, workspaceId: string): Promise<void> {
  const [row] = await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, workspaceId)).for('update')
  if (!row) throw new RepositoryError('not_found', { code: 'server.no-workspace', params: { id: workspaceId } })
}

async function insertVersion(
  tx: Database,
  v: { scenarioId: string; version: number; payload: Scenario; source: VersionSource; basedOn: number | null; clientSaveId: string | null },
): Promise<void> {
  await tx.insert(scenarioVersions).values({ ...v, schemaVersion: CONFIG_SCHEMA_VERSION })
}

function toVersionRecord(row: VersionRow, scenarioName: string): VersionRecord {
  const meta: VersionMeta = {
    scenarioId: row.scenarioId,
    version: row.version,
    schemaVersion: row.schemaVersion,
    source: row.source,
    basedOn: row.basedOn,
    createdAt: iso(row.createdAt),
  }
  const read = readStoredScenario({ scenarioId: row.scenarioId, scenarioName, version: row.version, schemaVersion: row.schemaVersion, payload: row.payload })
  return read.ok ? { ...meta, scenarioName, ok: true, scenario: read.scenario } : { ...meta, scenarioName, ok: false, problem: read.problem }
}

const COPY_SUFFIX = / \(conflict copy(?: \d+)?\)$/

/** "Plan 2 (conflict copy)", then "(conflict copy 2)", …; a copy of a copy does not nest. */
async function freeCopyName(tx: Database, workspaceId: string, name: string): Promise<string> {
  const rows = await tx.select({ name: scenarios.name }).from(scenarios).where(eq(scenarios.workspaceId, workspaceId))
  const taken = new Set(rows.map((r) => r.name.toLowerCase()))
  const base = name.replace(COPY_SUFFIX, '')
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (conflict copy)' : ` (conflict copy ${n})`
    const candidate = `${base.slice(0, 120 - suffix.length)}${suffix}`
    if (!taken.has(candidate.toLowerCase())) return candidate
  }
}

async function describeConflict(tx: Database, row: ScenarioRow, yourVersion: number, saved: SaveConflict['saved']): Promise<SaveConflict> {
  const [latestRow] = await tx.select().from(scenarioVersions).where(and(eq(scenarioVersions.scenarioId, row.id), eq(scenarioVersions.version, row.latestVersion)))
  const latest = latestRow ? toVersionRecord(latestRow, row.name) : null
  return {
    scenarioId: row.id,
    scenarioName: row.name,
    yourVersion,
    latestVersion: row.latestVersion,
    latest: latest?.ok ? latest.scenario : null,
    latestProblem: latest && !latest.ok ? latest.problem : null,
    saved,
    message:
      `Someone saved version ${row.latestVersion} of "${row.name}" while you were editing version ${yourVersion}. ` +
      `Your changes were kept as "${saved.name}" (version ${saved.version}); "${row.name}" version ${row.latestVersion} is unchanged.`,
  }
}

/** A retried request (same clientSaveId) gets the first attempt's answer instead of saving twice. */
async function replaySave(tx: Database, row: ScenarioRow, clientSaveId: string): Promise<SaveResult | null> {
  const [previous] = await tx
    .select({ scenarioId: scenarioVersions.scenarioId, version: scenarioVersions.version, basedOn: scenarioVersions.basedOn, copyOf: scenarios.copiedFromId, copyName: scenarios.name })
    .from(scenarioVersions)
    .innerJoin(scenarios, eq(scenarios.id, scenarioVersions.scenarioId))
    .where(eq(scenarioVersions.clientSaveId, clientSaveId))
  if (!previous) return null
  if (previous.scenarioId === row.id) return { ok: true, scenarioId: row.id, version: previous.version }
  if (previous.copyOf === row.id)
    return { ok: false, conflict: await describeConflict(tx, row, previous.basedOn ?? 0, { scenarioId: previous.scenarioId, name: previous.copyName, version: previous.version }) }
  throw new RepositoryError('invalid', { code: 'server.save-id-used', params: {} }, [{ path: 'clientSaveId', message: 'was already used by another save' }])
}

function duplicateName(name: string): RepositoryError {
  return new RepositoryError('duplicate', { code: 'server.name-taken', params: { name } }, [{ path: 'name', message: 'is already taken in this workspace' }])
}

// [1] Why a copy rather than a flagged version of the same scenario: the other editor's version
//     stays the latest, so their next save does not conflict with work they never saw, and the
//     user's work has its own line of versions that they can keep editing, compare and later
//     restore into the original by hand. Nothing is overwritten and nothing is hidden.
