import type { ArchitectureConfig } from '../model'
import { listPrincipals } from '../security'
import type { TopoNodeKind } from './topology-types'

/** A box in the left column, outside the region. */
type ExternalLeaf = { id: string; kind: TopoNodeKind; label: string; sublabel?: string; data: Record<string, unknown> }

/**
 * The internet, the edge services in front of it, then every named address range the
 * security groups admit. Ids match lib/security's principals ('internet', 'Office').
 * Example (swiftlogix): [internet 'Internet' '0.0.0.0/0', Office 'Office' '203.0.113.10/32'].
 */
export function listExternalLeaves(config: ArchitectureConfig): ExternalLeaf[] {
  const [internet, ...ranges] = listPrincipals(config)
  const leaves: ExternalLeaf[] = [
    { id: internet?.id ?? 'internet', kind: 'external', label: 'Internet', sublabel: '0.0.0.0/0', data: { principal: 'internet' } },
  ]
  const hostedZones = config.edge.route53?.hostedZones ?? 0
  if (hostedZones > 0) {
    leaves.push({ id: 'route53', kind: 'route53', label: 'Route 53', sublabel: `${hostedZones} hosted zone${hostedZones === 1 ? '' : 's'}`, data: { hostedZones } })
  }
  if (config.edge.cloudfront) leaves.push({ id: 'cloudfront', kind: 'cloudfront', label: 'CloudFront', sublabel: 'CDN', data: {} })
  if (config.edge.waf.enabled) {
    leaves.push({ id: 'waf', kind: 'waf', label: 'AWS WAF', sublabel: `${config.edge.waf.rules} rule${config.edge.waf.rules === 1 ? '' : 's'}`, data: { rules: config.edge.waf.rules } })
  }
  for (const range of ranges) {
    leaves.push({ id: range.id, kind: 'external', label: range.id, sublabel: range.cidrs.join(', '), data: { principal: range.id, cidrs: range.cidrs } })
  }
  return leaves
}
