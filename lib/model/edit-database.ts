import type { ArchitectureConfig, Database } from './architecture'

/** What the inspector edits on the database; `maxStorageGb: null` turns storage autoscaling off. */
export type DatabasePatch = Partial<Pick<Database, 'engine' | 'instanceClass' | 'multiAz' | 'storageType' | 'storageGb' | 'readReplicas' | 'backupRetentionDays' | 'insights' | 'encrypted' | 'publiclyAccessible'>> & { maxStorageGb?: number | null }

/**
 * Changes the database as asked and nothing else: a class the price books do not know is kept
 * (its price is unknown), a shape the schema refuses (db.x) or a ceiling not above the storage is
 * left for the schema to refuse with its reason. Switching the engine moves the port with it when
 * the port was the old engine's default (5432 ↔ 3306), as RDS does for a new instance.
 */
export function patchDatabase(config: ArchitectureConfig, patch: DatabasePatch): ArchitectureConfig {
  const { maxStorageGb, ...rest } = patch
  const { maxStorageGb: _ceiling, ...current } = config.database
  const ceiling = maxStorageGb === undefined ? config.database.maxStorageGb : (maxStorageGb ?? undefined)
  const database: Database = { ...current, ...rest, ...(ceiling === undefined ? {} : { maxStorageGb: ceiling }) }
  if (rest.engine && rest.engine !== config.database.engine && config.database.port === DEFAULT_PORT[config.database.engine]) database.port = DEFAULT_PORT[rest.engine]
  return { ...config, database }
}

const DEFAULT_PORT: Record<Database['engine'], number> = { postgresql: 5432, mysql: 3306 }
