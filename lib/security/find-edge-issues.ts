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
      message: { code: 'security.finding.waf-off-with-cloudfront', params: {} },
      fix: { code: 'security.fix.waf-off-with-cloudfront', params: {} },
    },
  ]
}
