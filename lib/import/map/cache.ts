import type { Cache } from '../../model'
import { note, type MapContext } from './context'
import { groupsOrDefault } from './groups'
import { bool, num, str } from './instances'

/**
 * An ElastiCache replication group (nodes = primary and replicas) or a single cluster (its nodes),
 * Redis or Valkey; Memcached is not modelled. At-rest encryption is the model's `encrypted`.
 */
export function mapCache(ctx: MapContext): Cache | undefined {
  const { index, report } = ctx
  const groups = index.ofType('aws_elasticache_replication_group')
  const clusters = index.ofType('aws_elasticache_cluster').filter((c) => !c.values.replication_group_id)
  const chosen = [...groups, ...clusters].find((c) => (str(c.values.engine) ?? 'redis') !== 'memcached')
  for (const other of [...groups, ...clusters].filter((c) => c !== chosen)) report.skipped(other, note(str(other.values.engine) === 'memcached' ? 'skipped.memcached' : 'skipped.second-cache'))
  for (const member of index.ofType('aws_elasticache_cluster').filter((c) => c.values.replication_group_id)) report.understood(member, 'cache.nodes')
  if (!chosen) return undefined
  report.understood(chosen, 'cache')
  for (const g of index.ofType('aws_elasticache_subnet_group', 'aws_elasticache_parameter_group')) report.understood(g, 'cache')
  const isGroup = chosen.type === 'aws_elasticache_replication_group'
  const replicasPerShard = num(chosen.values.replicas_per_node_group)
  const nodes = isGroup ? num(chosen.values.num_cache_clusters) ?? (replicasPerShard !== undefined ? replicasPerShard + 1 : 1) : num(chosen.values.num_cache_nodes) ?? 1
  const engine = str(chosen.values.engine) === 'valkey' ? 'valkey' : 'redis'
  return {
    engine,
    nodeType: str(chosen.values.node_type) ?? 'cache.t3.micro',
    nodes: Math.min(6, Math.max(1, nodes)),
    purchase: (ctx.facts?.cache?.purchase ?? 'on-demand') as Cache['purchase'],
    encrypted: bool(chosen.values.at_rest_encryption_enabled) ?? false,
    securityGroups: groupsOrDefault(ctx, [chosen.values.security_group_ids ?? chosen.values.security_groups ?? null], 'cache.securityGroups'),
  }
}
