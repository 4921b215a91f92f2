import { escapeTemplate } from './escape'
import { nameTag, securityGroupIds, subnetIds, type ExportContext } from './context'

/** Redis/Valkey's port; the config does not set one. */
const CACHE_PORT = 6379

/**
 * ElastiCache replication group in the private-db subnets: one primary plus replicas up to
 * `nodes`, with automatic failover (and Multi-AZ) once there is a replica to fail over to.
 */
export function addCache(ctx: ExportContext): void {
  const { cache } = ctx.config
  if (!cache) return
  const subnetGroup = ctx.doc.resource('aws_elasticache_subnet_group', 'main', {
    name: ctx.names.claim('cache-subnet-group', 'cache', 255),
    description: `Private DB subnets of ${escapeTemplate(ctx.config.name)} for the cache`,
    subnet_ids: subnetIds(ctx, 'private-db'),
    tags: nameTag(`${ctx.config.name} cache subnets`, 'cache-subnets'),
  })
  const failover = cache.nodes >= 2
  // Multi-AZ also needs the subnet group to span more than one AZ.
  const multiAz = failover && ctx.config.network.azCount >= 2
  const group = ctx.doc.resource('aws_elasticache_replication_group', 'main', {
    replication_group_id: ctx.names.claim('cache', 'cache', 40),
    description: `Cache of ${escapeTemplate(ctx.config.name)}`,
    engine: cache.engine,
    node_type: cache.nodeType,
    num_cache_clusters: cache.nodes,
    port: CACHE_PORT,
    automatic_failover_enabled: failover,
    multi_az_enabled: multiAz,
    subnet_group_name: subnetGroup.ref('name'),
    security_group_ids: securityGroupIds(cache.securityGroups),
    // A string in this provider version's schema.
    at_rest_encryption_enabled: String(cache.encrypted),
    transit_encryption_enabled: cache.encrypted,
    tags: nameTag(`${ctx.config.name} cache`, 'cache'),
  })
  ctx.doc.output('cache_primary_endpoint', group.ref('primary_endpoint_address'), 'Primary endpoint of the cache')
}
