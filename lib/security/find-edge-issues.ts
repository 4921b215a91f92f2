import type { ArchitectureConfig } from '../model'
import type { Finding } from './finding'

/**
 * Edge services in front of the VPC.
 * Example: edge.cloudfront = true, edge.waf.enabled = false →
 * { id: 'waf-off-with-cloudfront', severity: 'low', rule: 'CKV_AWS_68', … }.
 */
export function findEdgeIssues(config: ArchitectureConfig): Finding[] {
  if (!config.edge.cloudfront || config.edge.waf.enabled) return []
  return [
    {
      id: 'waf-off-with-cloudfront',
      severity: 'low',
      rule: 'CKV_AWS_68',
      resource: 'edge',
      message: 'CloudFront has no WAF web ACL: common exploits and bots reach the origin unfiltered.',
      fix: 'Attach an AWS WAF web ACL (managed core rule set) to the distribution.',
    },
  ]
}
