import type { MigrationStep } from './migration-step'
import { v1ToV2 } from './v1-to-v2'

/** The first model version ArchDeck wrote; every file since then opens. */
export const OLDEST_MODEL_VERSION = 1

/**
 * Every up-step in order: MIGRATION_STEPS[i] turns version i + 1 into i + 2, and the last one
 * reaches CONFIG_SCHEMA_VERSION (checked by migration-steps.test.ts). To change the scenario's
 * shape, follow the checklist in docs/decisions/012-versioned-scenarios.md.
 */
export const MIGRATION_STEPS: readonly MigrationStep[] = [v1ToV2]
