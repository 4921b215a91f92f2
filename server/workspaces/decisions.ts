import { and, asc, eq, inArray, max } from 'drizzle-orm'
import { freezeScenarioFigures } from '@/lib/decisions/freeze-figures'
import { DecisionInputSchema, DecisionRequestSchema, FrozenFiguresSchema, type Decision, type DecisionInput, type DecisionOption, type DecisionRequest } from '@/lib/decisions/types'
import { describeIssues, describeModelIssue, summariseIssues, type FieldError, type ModelIssue } from '@/lib/model'
import { getDb, type Database } from '@/server/db/client'
import { newRowId } from '@/server/db/new-id'
import { decisions, scenarios, scenarioVersions } from '@/server/db/schema'
import { parseOrThrow } from './inputs'
import { readStoredScenario } from './read-stored-scenario'
import { RepositoryError } from './repository-error'
import { lockWorkspace } from './scenarios'
import type { DecisionLog } from './types'
import { iso, touchWorkspace } from './workspaces'

/**
 * The decision log: numbered records (1, 2, 3 … per workspace) of which scenario was chosen among
 * which, with the figures of each option frozen at the time, so later price updates cannot
 * rewrite why a plan won. The server computes those figures from the stored versions: figures a
 * client sends are checked for shape and dropped (lib/decisions/types.ts, DecisionRequestSchema).
 */

export async function recordDecision(workspaceId: string, input: unknown, db?: Database): Promise<Decision> {
  const request = parseOrThrow(DecisionRequestSchema, input, '', 'decision')
  const d = db ?? (await getDb())
  return d.transaction(async (tx) => {
    // The lock makes "next number" safe when two people record at once.
    await lockWorkspace(tx, workspaceId)
    await checkOptions(tx, workspaceId, request)
    const decision: DecisionInput = { ...request, options: await freezeOptions(tx, request.options) }
    const [last] = await tx.select({ number: max(decisions.number) }).from(decisions).where(eq(decisions.workspaceId, workspaceId))
    const number = (last?.number ?? 0) + 1
    const [row] = await tx.insert(decisions).values({ id: newRowId('dc'), workspaceId, number, payload: decision }).returning()
    await touchWorkspace(workspaceId, tx)
    return { ...decision, id: row!.id, number, workspaceId, decidedAt: iso(row!.decidedAt) }
  })
}

/**
 * Each option with the figures of its stored version, evaluated now with this server's engine and
 * prices. Versions never change once written, so these are the figures of exactly what was chosen.
 * A version that no longer fits the model cannot be priced: 422 naming the option.
 */
async function freezeOptions(tx: Database, options: DecisionRequest['options']): Promise<DecisionOption[]> {
  const frozen: DecisionOption[] = []
  for (const [i, option] of options.entries()) {
    const [row] = await tx
      .select({ name: scenarios.name, schemaVersion: scenarioVersions.schemaVersion, payload: scenarioVersions.payload })
      .from(scenarioVersions)
      .innerJoin(scenarios, eq(scenarios.id, scenarioVersions.scenarioId))
      .where(and(eq(scenarioVersions.scenarioId, option.scenarioId), eq(scenarioVersions.version, option.version)))
    if (!row) throw refusedDecision([fieldError(`options[${i}].version`, { code: 'model.version-missing', params: {} })])
    const read = readStoredScenario({ scenarioId: option.scenarioId, scenarioName: row.name, version: option.version, schemaVersion: row.schemaVersion, payload: row.payload })
    const figures = read.ok ? FrozenFiguresSchema.safeParse(freezeScenarioFigures(read.scenario)) : null
    if (!read.ok || !figures?.success) {
      const reason = read.ok ? 'its figures came out out of range' : read.problem.message
      throw new RepositoryError('unreadable', `The figures of option ${i + 1} ("${row.name}" v${option.version}) cannot be frozen: ${reason}`, [{ path: `options[${i}].version`, message: reason }])
    }
    frozen.push({ scenarioId: option.scenarioId, version: option.version, name: option.name, figures: figures.data })
  }
  return frozen
}

/** Decisions in number order; a stored record that no longer fits the schema is listed in `problems`. */
export async function listDecisions(workspaceId: string, db?: Database): Promise<DecisionLog> {
  const d = db ?? (await getDb())
  const rows = await d.select().from(decisions).where(eq(decisions.workspaceId, workspaceId)).orderBy(asc(decisions.number))
  const log: DecisionLog = { decisions: [], problems: [] }
  for (const row of rows) {
    const parsed = DecisionInputSchema.safeParse(row.payload, { reportInput: true })
    if (parsed.success) log.decisions.push({ ...parsed.data, id: row.id, number: row.number, workspaceId: row.workspaceId, decidedAt: iso(row.decidedAt) })
    else {
      const errors = describeIssues(parsed.error)
      log.problems.push({ decisionId: row.id, number: row.number, message: `Stored decision ${row.number} does not fit the current model: ${summariseIssues(errors)}`, errors })
    }
  }
  return log
}

/** Options must be distinct scenarios of this workspace at versions that exist; the chosen one among them. */
async function checkOptions(tx: Database, workspaceId: string, decision: DecisionRequest): Promise<void> {
  const errors: FieldError[] = []
  const ids = decision.options.map((o) => o.scenarioId)
  const rows = await tx
    .select({ id: scenarios.id, latestVersion: scenarios.latestVersion })
    .from(scenarios)
    .where(and(eq(scenarios.workspaceId, workspaceId), inArray(scenarios.id, ids)))
  const latest = new Map(rows.map((r) => [r.id, r.latestVersion]))
  decision.options.forEach((option, i) => {
    const newest = latest.get(option.scenarioId)
    if (newest === undefined) errors.push(fieldError(`options[${i}].scenarioId`, { code: 'model.not-in-workspace', params: {} }))
    else if (option.version > newest) errors.push(fieldError(`options[${i}].version`, { code: 'model.version-not-yet', params: { latest: newest } }))
    if (ids.indexOf(option.scenarioId) !== i) errors.push(fieldError(`options[${i}].scenarioId`, { code: 'model.listed-twice', params: {} }))
  })
  if (!ids.includes(decision.chosenScenarioId)) errors.push(fieldError('chosenScenarioId', { code: 'model.not-among-options', params: {} }))
  if (errors.length > 0) throw refusedDecision(errors)
}

/** A field error with its code and the English the API prints. */
function fieldError(path: string, reason: ModelIssue): FieldError {
  return { path, message: describeModelIssue(reason), reason }
}

function refusedDecision(errors: FieldError[]): RepositoryError {
  return new RepositoryError('invalid', { code: 'server.invalid', params: { what: 'decision', summary: summariseIssues(errors) } }, errors)
}
