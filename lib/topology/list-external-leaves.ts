import type { ArchitectureConfig } from '../model'
import { listPrincipals } from '../security'
import { named, notation, type TopologyText } from './topology-reasons'
import type { TopoNodeKind } from './topology-types'

/** A box in the left column, outside the region. */
type ExternalLeaf = { id: string; kind: TopoNodeKind; label: TopologyText; sublabel?: TopologyText; data: Record<string, unknown> }

/**
 * The internet, the edge services in front of it, then every named address range the
 * security groups admit. Ids match lib/security's principals ('internet', 'Office').
 * Example (swiftlogix): [internet 'Internet' '0.0.0.0/0', Office 'Office' '203.0.113.10/32'].
 */
export function listExternalLeaves(config: ArchitectureConfig): ExternalLeaf[] {
  const [internet, ...ranges] = listPrincipals(config)
  const leaves: ExternalLeaf[] = [
    { id: internet?.id ?? 'internet', kind: 'external', label: { code: 'topology.box.internet', params: {} }, sublabel: notation('0.0.0.0/0'), data: { principal: 'internet' } },
  ]
  const hostedZones = config.edge.route53?.hostedZones ?? 0
  if (hostedZones > 0) {
    leaves.push({ id: 'route53', kind: 'route53', label: named('Route 53'), sublabel: { code: 'topology.detail.hosted-zones', params: { count: hostedZones } }, data: { hostedZones } })
  }
  if (config.edge.cloudfront) leaves.push({ id: 'cloudfront', kind: 'cloudfront', label: named('CloudFront'), sublabel: named('CDN'), data: {} })
  if (config.edge.waf.enabled) {
    leaves.push({ id: 'waf', kind: 'waf', label: named('AWS WAF'), sublabel: { code: 'topology.detail.waf-rules', params: { count: config.edge.waf.rules } }, data: { rules: config.edge.waf.rules } })
  }
  for (const range of ranges) {
    leaves.push({ id: range.id, kind: 'external', label: named(range.id), sublabel: notation(range.cidrs.join(', ')), data: { principal: range.id, cidrs: range.cidrs } })
  }
  return leaves
}
