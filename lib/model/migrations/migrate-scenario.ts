import { CONFIG_SCHEMA_VERSION } from '../architecture'
import { fieldError, type FieldError } from '../parse-errors'
import type { ModelIssue } from '../model-issues'
import { isJsonObject } from './migration-step'
import { MIGRATION_STEPS, OLDEST_MODEL_VERSION } from './migration-steps'

/**
 * `version`: the scenario's model version could not be read (newer, older than the first, not a
 * whole number); `content`: a step found a value the old version itself would have refused.
 */
export type MigrationResult =
  | { ok: true; value: unknown; fromVersion: number | null }
  | { ok: false; kind: 'version' | 'content'; errors: FieldError[] }

export type MigrateOptions = {
  /** The version recorded beside the payload (a stored row's schema_version); else `config.schemaVersion`. */
  version?: number
}

/**
 * Brings a scenario written by any ArchDeck up to the current model version, before the schema
 * validates it. Every way a scenario comes in goes through here (parseScenario, checkScenarioLink,
 * readStoredScenario). Pure: the input is never changed, and a current scenario comes back as is.
 * `fromVersion` is null when the input names no version: the schema then says what is missing.
 *
 * Example: a version 1 export → { ok: true, fromVersion: 1, value: the version 2 scenario };
 * `config.schemaVersion: 3` → { ok: false, kind: 'version', errors: [{ path: 'config.schemaVersion',
 * message: 'was saved by a newer ArchDeck (model version 3; this one reads up to 2)' }] }.
 */
export function migrateScenario(input: unknown, options: MigrateOptions = {}): MigrationResult {
  const declared = options.version ?? readDeclaredVersion(input)
  if (declared === undefined || declared === CONFIG_SCHEMA_VERSION) return { ok: true, value: input, fromVersion: declared ?? null }
  const refuse = (reason: ModelIssue): MigrationResult => ({ ok: false, kind: 'version', errors: [fieldError('config.schemaVersion', reason)] })
  const range = { declared, oldest: OLDEST_MODEL_VERSION, current: CONFIG_SCHEMA_VERSION }
  if (!Number.isInteger(declared)) return refuse({ code: 'model.version-not-whole', params: range })
  if (declared > CONFIG_SCHEMA_VERSION) return refuse({ code: 'model.version-newer', params: { declared, current: CONFIG_SCHEMA_VERSION } })
  if (declared < OLDEST_MODEL_VERSION) return refuse({ code: 'model.version-too-old', params: range })
  // A version names no shape but the schema's: anything other than an object is left for it to describe.
  if (!isJsonObject(input)) return { ok: true, value: input, fromVersion: declared }
  let scenario = input
  for (const step of MIGRATION_STEPS.slice(declared - OLDEST_MODEL_VERSION)) {
    const result = step.up(scenario)
    if (!result.ok) return { ok: false, kind: 'content', errors: result.errors }
    scenario = result.value
  }
  return { ok: true, value: scenario, fromVersion: declared }
}

/** `config.schemaVersion` when it is a number; anything else is the schema's to report. */
function readDeclaredVersion(input: unknown): number | undefined {
  if (!isJsonObject(input) || !isJsonObject(input.config)) return undefined
  const version = input.config.schemaVersion
  return typeof version === 'number' ? version : undefined
}
