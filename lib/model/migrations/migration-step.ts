import type { FieldError } from '../parse-errors'

/** A scenario as JSON, before any schema has seen it: a link, a file, a browser save or a stored row. */
export type ScenarioJson = { [key: string]: unknown }

export type StepResult = { ok: true; value: ScenarioJson } | { ok: false; errors: FieldError[] }

/**
 * One up-step: turns a scenario written at model version `from` into one of version `from + 1`.
 * A step never mutates its input (presets, fixtures and stored rows are shared objects), never
 * throws, and changes only what it recognises: anything else malformed is left for the schema to
 * describe once every step has run.
 */
export type MigrationStep = {
  from: number
  /** One sentence on what the new version changes, for the ADR and error reports. */
  change: string
  up: (scenario: ScenarioJson) => StepResult
}

export function isJsonObject(value: unknown): value is ScenarioJson {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
