import { ScenarioSchema, type Scenario } from './scenario'
import { describeIssues, type FieldError } from './parse-errors'
import { migrateScenario } from './migrations/migrate-scenario'

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] }

/**
 * Validates anything (imported JSON, URL state, storage, API bodies) as a scenario; never throws.
 * A scenario from an older model version is migrated first, so old links, files and saves open.
 */
export function parseScenario(input: unknown): ParseResult<Scenario> {
  const migrated = migrateScenario(input)
  if (!migrated.ok) return { ok: false, errors: migrated.errors }
  // reportInput lets messages tell a missing field ("is required") from a wrong one.
  const result = ScenarioSchema.safeParse(migrated.value, { reportInput: true })
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: describeIssues(result.error) }
}

/** Parses JSON text first, so a syntax error is reported the same way as a field error. */
export function parseScenarioJson(text: string): ParseResult<Scenario> {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { ok: false, errors: [{ path: '(file)', message: `is not valid JSON (${(error as Error).message})` }] }
  }
  return parseScenario(data)
}
