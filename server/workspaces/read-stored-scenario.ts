import { CONFIG_SCHEMA_VERSION, parseScenario, summariseIssues, type Scenario } from '@/lib/model'
import type { StoredProblem } from './types'

/**
 * Read-side migrations of stored scenarios: the step registered under N turns a payload written at
 * model version N into one of version N + 1. Model version 1 is the first stored one, so there is
 * no step yet; when CONFIG_SCHEMA_VERSION becomes 2, add `1: (payload) => …` here (and its test),
 * and old versions keep opening. Stored rows are never rewritten: history stays as it was saved.
 */
export const STORED_SCENARIO_MIGRATIONS: Readonly<Record<number, (payload: unknown) => unknown>> = {}

export type StoredRow = { scenarioId: string; scenarioName: string; version: number; schemaVersion: number; payload: unknown }

/** Migrates and validates a stored payload; a misfit comes back as a problem to show, never thrown. */
export function readStoredScenario(row: StoredRow): { ok: true; scenario: Scenario } | { ok: false; problem: StoredProblem } {
  const label = `Stored version ${row.version} of "${row.scenarioName}"`
  const problem = (reason: string, errors: StoredProblem['errors'] = []) => ({
    ok: false as const,
    problem: { scenarioId: row.scenarioId, scenarioName: row.scenarioName, version: row.version, message: `${label} ${reason}`, errors },
  })
  if (row.schemaVersion > CONFIG_SCHEMA_VERSION)
    return problem(`was saved by a newer ArchDeck (model version ${row.schemaVersion}; this one reads up to ${CONFIG_SCHEMA_VERSION}). Open it with that version.`)
  let payload = row.payload
  for (let v = row.schemaVersion; v < CONFIG_SCHEMA_VERSION; v++) {
    const step = STORED_SCENARIO_MIGRATIONS[v]
    if (!step) return problem(`comes from model version ${row.schemaVersion}, which this ArchDeck cannot migrate to version ${CONFIG_SCHEMA_VERSION}.`)
    try {
      payload = step(payload)
    } catch (error) {
      return problem(`could not be migrated from model version ${v} to ${v + 1} (${(error as Error).message}).`)
    }
  }
  const parsed = parseScenario(payload)
  if (!parsed.ok) return problem(`does not fit the current model: ${summariseIssues(parsed.errors)}`, parsed.errors)
  return { ok: true, scenario: parsed.value }
}
