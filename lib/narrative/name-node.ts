import type { Locale } from '../i18n'
import { sayNarrative } from '../i18n/catalog/say-narrative'
import type { ArchitectureConfig } from '../model'
import type { PlacedResource } from '../security'
import type { FixedNode } from '../i18n/catalog/narrative-reasons'

const FIXED_NODES: readonly string[] = ['alb', 'internet', 'office', 'database', 'cache', 'bastion', 'nat'] satisfies readonly FixedNode[]

/**
 * A node of a reachability path in plain words: 'alb:alb' → "the load balancer", 'service:order'
 * → "the Order service" (the author's name for it), 'database' → "the database". `bare` drops the
 * English article, for chains: "internet → load balancer → Order service → database".
 */
export function nameNode(id: string, placement: readonly PlacedResource[], config: ArchitectureConfig, locale: Locale, bare = false): string {
  const [kind, ref] = id.split(':') as [string, string | undefined]
  if (kind === 'service') {
    const name = config.services.find((s) => s.id === ref)?.name ?? ref ?? id
    return sayNarrative(locale, { code: 'narrative.node.service', params: { name, bare } })
  }
  if (FIXED_NODES.includes(kind)) return sayNarrative(locale, { code: 'narrative.node', params: { node: kind as FixedNode, bare } })
  return placement.find((p) => p.id === id)?.shortName ?? id
}
