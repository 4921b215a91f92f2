import { fieldError } from '../parse-errors'
import { isJsonObject, type MigrationStep } from './migration-step'

/**
 * Model version 2 keeps one version number per scenario. Version 1 carried two that always moved
 * together, `config.schemaVersion` and `requirements.schemaVersion`, while a stored row records
 * only one (scenario_versions.schema_version); a file could say 2 in one place and 1 in the other.
 * Version 2 drops `requirements.schemaVersion` and `config.schemaVersion` is the scenario's version.
 *
 * Example: `{ config: { schemaVersion: 1, … }, requirements: { schemaVersion: 1, budget, … } }` →
 * `{ config: { schemaVersion: 2, … }, requirements: { budget, … } }`. Nothing any engine reads
 * changes, so every figure stays the same.
 */
export const v1ToV2: MigrationStep = {
  from: 1,
  change: 'requirements.schemaVersion is dropped: config.schemaVersion is the one model version of a scenario',
  up(scenario) {
    const next = { ...scenario }
    if (isJsonObject(scenario.config)) next.config = { ...scenario.config, schemaVersion: 2 }
    if (isJsonObject(scenario.requirements)) {
      const { schemaVersion, ...requirements } = scenario.requirements
      // Version 1 accepted only 1 here; a file that already left it out is taken as meant.
      if (schemaVersion !== undefined && schemaVersion !== 1)
        return { ok: false, errors: [fieldError('requirements.schemaVersion', { code: 'model.v1-requirements-version', params: { found: JSON.stringify(schemaVersion) } })] }
      next.requirements = requirements
    }
    return { ok: true, value: next }
  },
}
