import type { Database } from '../../model'
import type { ResourceInstance } from '../types'
import { note, whyDefault, type MapContext } from './context'
import { bool, num, str } from './instances'
import { groupsOrDefault } from './groups'

const ENGINES: Record<string, Database['engine']> = { postgres: 'postgresql', postgresql: 'postgresql', mysql: 'mysql', mariadb: 'mysql' }
const DEFAULT_PORT: Record<Database['engine'], number> = { postgresql: 5432, mysql: 3306 }
/** The model requires a database; a configuration without one gets the smallest, said in `assumed`. */
const ASSUMED_CLASS = 'db.t3.micro'

/**
 * The primary aws_db_instance (PostgreSQL or MySQL; MariaDB read as MySQL) and its read replicas
 * (instances with `replicate_source_db`, counted, not separate databases). Aurora and RDS clusters
 * are not modelled and are skipped. Storage io1/io2 read as gp3, said in `assumed`.
 */
export function mapDatabase(ctx: MapContext): Database {
  const { index, report } = ctx
  for (const cluster of index.ofType('aws_rds_cluster', 'aws_rds_cluster_instance')) report.skipped(cluster, note('skipped.rds-cluster'))
  const instances = index.ofType('aws_db_instance')
  const aurora = instances.filter((i) => str(i.values.engine)?.startsWith('aurora'))
  for (const a of aurora) report.skipped(a, note('skipped.aurora'))
  const isReplica = (i: ResourceInstance) => i.values.replicate_source_db !== undefined && i.values.replicate_source_db !== null
  const usable = instances.filter((i) => !aurora.includes(i) && (isReplica(i) || ENGINES[str(i.values.engine) ?? ''] !== undefined))
  const primary = usable.find((i) => !isReplica(i))
  for (const other of instances.filter((i) => !usable.includes(i) && !aurora.includes(i))) report.skipped(other, note('skipped.engine-not-modelled', { engine: str(other.values.engine) ?? '' }))
  if (!primary) return assumedDatabase(ctx)
  report.understood(primary, 'database')
  for (const g of index.ofType('aws_db_subnet_group', 'aws_db_parameter_group', 'aws_db_option_group')) report.understood(g, 'database')
  const replicas = usable.filter(isReplica)
  for (const r of replicas) report.understood(r, 'database.readReplicas')
  const engine = ENGINES[str(primary.values.engine) ?? ''] ?? 'postgresql'
  const storageGb = Math.max(20, num(primary.values.allocated_storage) ?? 20)
  const ceiling = num(primary.values.max_allocated_storage)
  const backup = num(primary.values.backup_retention_period)
  const db: Database = {
    engine,
    instanceClass: str(primary.values.instance_class) ?? assumedClass(ctx, primary),
    storageType: storageType(ctx, str(primary.values.storage_type)),
    storageGb,
    ...(ceiling !== undefined && ceiling > storageGb ? { maxStorageGb: ceiling } : {}),
    multiAz: bool(primary.values.multi_az) ?? false,
    readReplicas: Math.min(replicas.length, 15),
    backupRetentionDays: backup ?? assumedBackup(ctx),
    insights: insights(primary),
    purchase: purchaseFact(ctx),
    encrypted: bool(primary.values.storage_encrypted) ?? false,
    publiclyAccessible: bool(primary.values.publicly_accessible) ?? false,
    port: num(primary.values.port) ?? DEFAULT_PORT[engine],
    securityGroups: groupsOrDefault(ctx, [primary.values.vpc_security_group_ids ?? null], 'database.securityGroups'),
    appUserLeastPrivilege: appUserFact(ctx),
  }
  secretNotes(ctx, primary)
  return db
}

function assumedClass(ctx: MapContext, primary: ResourceInstance): string {
  ctx.report.assumed('database.instanceClass', ASSUMED_CLASS, whyDefault(primary.values.instance_class, 'instance_class'))
  return ASSUMED_CLASS
}

function storageType(ctx: MapContext, found: string | undefined): Database['storageType'] {
  if (found === 'gp2' || found === 'gp3') return found
  // RDS's default storage type for a new instance is General Purpose SSD (gp2 in the API's default).
  const used = found === undefined ? 'gp2' : 'gp3'
  ctx.report.assumed('database.storageType', used, note(found === undefined ? 'assumed.not-in-terraform' : 'assumed.storage-type', { field: 'storage_type', found: found ?? '' }))
  return used
}

/** RDS keeps automated backups one day when CreateDBInstance does not say (BackupRetentionPeriod default 1). */
function assumedBackup(ctx: MapContext): number {
  ctx.report.assumed('database.backupRetentionDays', 1, note('assumed.not-in-terraform', { field: 'backup_retention_period' }))
  return 1
}

function insights(primary: ResourceInstance): Database['insights'] {
  if (str(primary.values.database_insights_mode) === 'advanced') return 'advanced'
  return bool(primary.values.performance_insights_enabled) ? 'standard' : 'off'
}

function purchaseFact(ctx: MapContext): Database['purchase'] {
  return (ctx.facts?.database?.purchase ?? 'on-demand') as Database['purchase']
}

function appUserFact(ctx: MapContext): boolean {
  const fact = ctx.facts?.database?.appUserLeastPrivilege
  if (fact !== undefined) return fact
  ctx.report.assumed('database.appUserLeastPrivilege', false, note('assumed.not-in-terraform', { field: 'appUserLeastPrivilege' }))
  return false
}

function secretNotes(ctx: MapContext, primary: ResourceInstance): void {
  if (typeof primary.values.password === 'string') ctx.report.note({ ...note('secret-to-variable', { attribute: 'password', variable: 'db_password' }), address: primary.address })
}

function assumedDatabase(ctx: MapContext): Database {
  ctx.report.assumed('database', ASSUMED_CLASS, note('assumed.no-database', { instanceClass: ASSUMED_CLASS }))
  return {
    engine: 'postgresql',
    instanceClass: ASSUMED_CLASS,
    storageType: 'gp3',
    storageGb: 20,
    multiAz: false,
    readReplicas: 0,
    backupRetentionDays: 7,
    insights: 'off',
    purchase: 'on-demand',
    encrypted: true,
    publiclyAccessible: false,
    port: 5432,
    securityGroups: groupsOrDefault(ctx, [], 'database.securityGroups'),
    appUserLeastPrivilege: false,
  }
}
