import { supportsDatabaseInsights, type Database } from '../model'
import { escapeTemplate } from './escape'
import { nameTag, securityGroupIds, subnetIds, type ExportContext } from './context'
import type { JsonObject } from './json'
import { tfRef, type TfRef } from './names'

export const DB_INSTANCE = tfRef('aws_db_instance', 'main')

export function readReplicaRef(index: number): TfRef {
  return tfRef('aws_db_instance', `replica_${index}`)
}

const ENGINES: Record<Database['engine'], string> = { postgresql: 'postgres', mysql: 'mysql' }

/**
 * A major version in RDS standard support, so a plan never lands on whatever the default is that
 * day nor on a version past standard support, which RDS bills as Extended Support (RDS User
 * Guide, "Amazon RDS Extended Support"): PostgreSQL 17, MySQL 8.4 (LTS; 8.0 left standard support in
 * July 2026). Minor versions follow auto_minor_version_upgrade.
 */
const MAJOR_VERSIONS: Record<Database['engine'], string> = { postgresql: '17', mysql: '8.4' }

/** Database Insights advanced needs Performance Insights kept for 15 months (465 days). */
const ADVANCED_INSIGHTS_RETENTION_DAYS = 465

/**
 * The master credentials' secret, which RDS creates in Secrets Manager and rotates
 * (manage_master_user_password; RDS User Guide, "Password management with Amazon RDS and AWS
 * Secrets Manager"): a JSON document with `username` and `password` keys.
 */
export const DB_SECRET_ARN = DB_INSTANCE.ref('master_user_secret[0].secret_arn')

/** The database the application connects to, created with the instance. */
export const DB_NAME_VARIABLE = 'db_name'

/**
 * RDS in the private-db subnets: the master password kept by RDS in Secrets Manager (never in
 * the configuration, a variable or the state), a final snapshot and deletion protection, read
 * replicas that follow the primary.
 */
export function addDatabase(ctx: ExportContext): void {
  const { config, doc } = ctx
  const db = config.database
  const subnetGroup = doc.resource('aws_db_subnet_group', 'main', {
    name: ctx.names.claim('db-subnet-group', 'db', 255),
    description: `Private DB subnets of ${escapeTemplate(config.name)}`,
    subnet_ids: subnetIds(ctx, 'private-db'),
    tags: nameTag(`${config.name} DB subnets`, 'db-subnets'),
  })
  const username = doc.variable('db_username', {
    type: 'string',
    description: 'Master user name of the database',
    default: 'app_admin',
  })
  const dbName = doc.variable(DB_NAME_VARIABLE, {
    type: 'string',
    description: 'Name of the database the application uses (letters and digits, starting with a letter)',
    default: 'app',
  })
  // Room for "-final" in the snapshot identifier (63 characters at most).
  const identifier = ctx.names.claim('db', 'db', 63 - '-final'.length)
  if (db.insights !== 'off' && !supportsDatabaseInsights(db))
    doc.note(`Database Insights is off: RDS for MySQL does not support it on ${db.instanceClass} (the config asks for "${db.insights}").`)
  if (db.readReplicas > 0 && db.backupRetentionDays === 0)
    doc.note('Read replicas need automated backups on the primary, but backupRetentionDays is 0: AWS will refuse the replicas.')
  doc.define(DB_INSTANCE, {
    identifier,
    engine: ENGINES[db.engine],
    engine_version: MAJOR_VERSIONS[db.engine],
    instance_class: db.instanceClass,
    allocated_storage: db.storageGb,
    max_allocated_storage: storageCeilingGb(db),
    storage_type: db.storageType,
    storage_encrypted: db.encrypted,
    multi_az: db.multiAz,
    publicly_accessible: db.publiclyAccessible,
    port: db.port,
    db_subnet_group_name: subnetGroup.ref('name'),
    vpc_security_group_ids: securityGroupIds(db.securityGroups),
    username,
    manage_master_user_password: true,
    db_name: dbName,
    backup_retention_period: db.backupRetentionDays,
    ...insightsSettings(db),
    copy_tags_to_snapshot: true,
    deletion_protection: true,
    skip_final_snapshot: false,
    final_snapshot_identifier: `${identifier}-final`,
    auto_minor_version_upgrade: true,
    tags: nameTag(`${config.name} database`, 'database'),
  })
  doc.output('db_endpoint', DB_INSTANCE.ref('endpoint'), 'host:port of the primary database')
  doc.output('db_secret_arn', DB_SECRET_ARN, 'Secrets Manager secret holding the master user name and password')
  for (let i = 1; i <= db.readReplicas; i++) addReadReplica(ctx, i, DB_INSTANCE)
}

/** A replica inherits engine, storage encryption and credentials from the primary; it has no final snapshot. */
function addReadReplica(ctx: ExportContext, index: number, primary: TfRef): void {
  const db = ctx.config.database
  ctx.doc.define(readReplicaRef(index), {
    identifier: ctx.names.claim('db', `db-replica-${index}`, 63),
    replicate_source_db: primary.ref('identifier'),
    instance_class: db.instanceClass,
    storage_type: db.storageType,
    max_allocated_storage: storageCeilingGb(db),
    publicly_accessible: db.publiclyAccessible,
    port: db.port,
    vpc_security_group_ids: securityGroupIds(db.securityGroups),
    ...insightsSettings(db),
    copy_tags_to_snapshot: true,
    deletion_protection: true,
    skip_final_snapshot: true,
    auto_minor_version_upgrade: true,
    tags: nameTag(`${ctx.config.name} read replica ${index}`, `replica-${index}`),
  })
}

/** Storage autoscaling ceiling; the model guarantees it is above the allocated size when set. */
function storageCeilingGb(db: Database): number | undefined {
  return db.maxStorageGb
}

/** off (or unsupported) → Performance Insights off; standard → PI with 7 free days; advanced → Database Insights advanced. */
function insightsSettings(db: Database): JsonObject {
  switch (supportsDatabaseInsights(db) ? db.insights : 'off') {
    case 'off':
      return { performance_insights_enabled: false }
    case 'standard':
      return { performance_insights_enabled: true, performance_insights_retention_period: 7, database_insights_mode: 'standard' }
    case 'advanced':
      return {
        performance_insights_enabled: true,
        performance_insights_retention_period: ADVANCED_INSIGHTS_RETENTION_DAYS,
        database_insights_mode: 'advanced',
      }
  }
}
