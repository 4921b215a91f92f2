import type { ArchitectureConfig, Cache } from './architecture'

/**
 * Adds a cache (Valkey, one cache.t4g.micro node, encrypted) in `securityGroups` (at least one:
 * the schema requires it); a design that has one keeps it.
 */
export function addCache(config: ArchitectureConfig, securityGroups: string[]): ArchitectureConfig {
  if (config.cache) return config
  return { ...config, cache: { engine: 'valkey', nodeType: 'cache.t4g.micro', nodes: 1, purchase: 'on-demand', encrypted: true, securityGroups } }
}

export function removeCache(config: ArchitectureConfig): ArchitectureConfig {
  const { cache: _cache, ...rest } = config
  return rest
}

/** Engine, node type (free text: the schema checks its shape) or node count of the cache. */
export function patchCache(config: ArchitectureConfig, patch: Partial<Pick<Cache, 'engine' | 'nodeType' | 'nodes'>>): ArchitectureConfig {
  return config.cache ? { ...config, cache: { ...config.cache, ...patch } } : config
}
