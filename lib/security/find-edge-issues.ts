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
      ko: {
        message: 'CloudFront에 WAF 웹 ACL이 없습니다. 흔한 공격 기법과 봇 트래픽이 걸러지지 않고 오리진까지 도달합니다.',
        fix: '배포(distribution)에 AWS WAF 웹 ACL(관리형 핵심 규칙 세트)을 연결하세요.',
      },
    },
  ]
}
