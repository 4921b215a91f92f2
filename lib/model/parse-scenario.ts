import { ScenarioSchema, type Scenario } from './scenario'
import { describeIssues, fieldError, type FieldError } from './parse-errors'
import { isLimitIssue } from './issue-params'
import { migrateScenario } from './migrations/migrate-scenario'

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] }

/**
 * Why a scenario was refused, beside the field errors: `version` (a model version this ArchDeck
 * cannot read), `content` (a migration step could not read it) or `schema` (it fails the model);
 * `overLimits` when the model refused it for asking more than ArchDeck evaluates (docs/decisions/011).
 */
export type ScenarioRefusal = { ok: false; errors: FieldError[]; kind: 'version' | 'content' | 'schema'; overLimits: boolean }

/**
 * Validates anything (imported JSON, URL state, storage, API bodies) as a scenario; never throws.
 * A scenario from an older model version is migrated first, so old links, files and saves open.
 */
export function parseScenario(input: unknown): { ok: true; value: Scenario } | ScenarioRefusal {
  const migrated = migrateScenario(input)
  if (!migrated.ok) return { ok: false, errors: migrated.errors, kind: migrated.kind, overLimits: false }
  // reportInput lets messages tell a missing field ("is required") from a wrong one.
  const result = ScenarioSchema.safeParse(migrated.value, { reportInput: true })
  if (result.success) return { ok: true, value: result.data }
  return { ok: false, errors: describeIssues(result.error), kind: 'schema', overLimits: result.error.issues.some(isLimitIssue) }
}

/** Parses JSON text first, so a syntax error is reported the same way as a field error. */
export function parseScenarioJson(text: string): ParseResult<Scenario> {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { ok: false, errors: [fieldError('(file)', { code: 'model.not-json', params: { detail: (error as Error).message } })] }
  }
  return parseScenario(data)
}
