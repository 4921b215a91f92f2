import { z } from 'zod'
import { describeIssues, parseScenario, summariseIssues, type FieldError, type Scenario } from '@/lib/model'
import type { RefusedInput } from '@/lib/i18n/catalog/server-reasons'
import { RepositoryError } from './repository-error'

/** Borders of the repository: every name and scenario is checked here before it reaches SQL. */

export const WorkspaceNameSchema = z.string().trim().min(1, 'give the workspace a name').max(80, 'must be at most 80 characters')
/** 120 like DecisionOptionSchema.name, so any scenario can be a decision's option. */
export const ScenarioNameSchema = z.string().trim().min(1, 'give the scenario a name').max(120, 'must be at most 120 characters')
/** PostgreSQL `integer`: a larger number would fail in the query (a 500) instead of being refused here. */
const MAX_VERSION = 2_147_483_647
export const VersionNumberSchema = z.number().int().min(1).max(MAX_VERSION)

/** Parses with `schema` or throws an `invalid` RepositoryError whose field paths start at `field`. */
export function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown, field: string, what: RefusedInput): T {
  const result = schema.safeParse(input, { reportInput: true })
  if (result.success) return result.data
  throw invalid(what, prefixPaths(describeIssues(result.error), field))
}

/** A scenario on its way in: `scenario.config.azCount: must be at least 2`. */
export function parseIncomingScenario(input: unknown): Scenario {
  const parsed = parseScenario(input)
  if (parsed.ok) return parsed.value
  throw invalid('scenario', prefixPaths(parsed.errors, 'scenario'))
}

/** The summary names the first field errors in English; the panel words them again in its reader's language. */
function invalid(what: RefusedInput, errors: FieldError[]): RepositoryError {
  return new RepositoryError('invalid', { code: 'server.invalid', params: { what, summary: summariseIssues(errors) } }, errors)
}

function prefixPaths(errors: FieldError[], field: string): FieldError[] {
  if (!field) return errors
  return errors.map((e) => ({ ...e, path: e.path === '(root)' ? field : e.path.startsWith('[') ? `${field}${e.path}` : `${field}.${e.path}` }))
}
