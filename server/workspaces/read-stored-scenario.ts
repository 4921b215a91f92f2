import { CONFIG_SCHEMA_VERSION, migrateScenario, parseScenario, summariseIssues, type Scenario } from '@/lib/model'
import type { StoredProblem } from './types'

export type StoredRow = { scenarioId: string; scenarioName: string; version: number; schemaVersion: number; payload: unknown }

/**
 * Migrates and validates a stored payload; a misfit comes back as a problem to show, never thrown.
 * The row's schema_version says which model version wrote it, and the payload goes through the
 * same up-steps as every link, file and save (lib/model/migrations). Stored rows are never
 * rewritten: history stays as it was saved, and is migrated again on every read.
 */
export function readStoredScenario(row: StoredRow): { ok: true; scenario: Scenario } | { ok: false; problem: StoredProblem } {
  const label = `Stored version ${row.version} of "${row.scenarioName}"`
  const problem = (reason: string, errors: StoredProblem['errors'] = []) => ({
    ok: false as const,
    problem: { scenarioId: row.scenarioId, scenarioName: row.scenarioName, version: row.version, message: `${label} ${reason}`, errors },
  })
  const migrated = migrateScenario(row.payload, { version: row.schemaVersion })
  if (!migrated.ok && migrated.kind === 'version')
    return problem(`${migrated.errors[0]!.message}.${row.schemaVersion > CONFIG_SCHEMA_VERSION ? ' Open it with that version.' : ''}`)
  const parsed = migrated.ok ? parseScenario(migrated.value) : migrated
  if (!parsed.ok) return problem(`does not fit the current model: ${summariseIssues(parsed.errors)}`, parsed.errors)
  return { ok: true, scenario: parsed.value }
}
