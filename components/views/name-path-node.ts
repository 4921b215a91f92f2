import type { Locale } from '@/lib/i18n/locale'
import { TierSchema, type ArchitectureConfig } from '@/lib/model'
import type { PlacedResource } from '@/lib/security'
import { viewSay } from './view-say'

/**
 * A node id from a security path as a person reads it.
 * Example (swiftlogix): 'internet' → 'Internet', 'igw' → 'Internet gateway', 'subnet:public' → 'public subnet',
 * 'sg:alb-sg tcp/443' → 'ALB-SG TCP 443', 'alb:alb' → 'ALB', 'service:order' → 'order', 'Office' → 'Office'.
 */
export function namePathNode(id: string, placement: readonly PlacedResource[], config: Pick<ArchitectureConfig, 'securityGroups'>, locale: Locale): string {
  const w = viewSay(locale)
  if (id === 'internet') return w('internet')
  if (id === 'igw') return w('internet-gateway')
  const tier = id.startsWith('subnet:') ? TierSchema.safeParse(id.slice('subnet:'.length)) : null
  if (tier?.success) return w('subnet', { tier: tier.data })
  const rule = /^sg:([^\s]+)\s+([a-z]+)\/(\d+)$/.exec(id)
  if (rule) {
    const [, sgId, protocol, port] = rule
    const name = config.securityGroups.find((g) => g.id === sgId)?.name ?? sgId
    return `${name} ${protocol!.toUpperCase()} ${port}`
  }
  const resource = placement.find((r) => r.id === id)
  if (!resource) return id
  // A load balancer or a service goes by its name; the others by what they are, in the reader's words.
  return resource.kind === 'alb' || resource.kind === 'service' ? resource.shortName : w('path-resource', { kind: resource.kind })
}
