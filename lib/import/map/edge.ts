import type { ArchitectureConfig } from '../../model'
import { note, type MapContext } from './context'
import { blocks } from './instances'

/** CloudFront distributions, the WAF web ACL's rules, Route 53 hosted zones (queries from facts). */
export function mapEdge(ctx: MapContext): ArchitectureConfig['edge'] {
  const { index, report, facts } = ctx
  const distributions = index.ofType('aws_cloudfront_distribution')
  for (const d of distributions) report.understood(d, 'edge.cloudfront')
  const acls = index.ofType('aws_wafv2_web_acl', 'aws_waf_web_acl', 'aws_wafregional_web_acl')
  for (const a of [...acls, ...index.ofType('aws_wafv2_web_acl_association')]) report.understood(a, 'edge.waf')
  const rules = acls.reduce((sum, a) => sum + blocks(a.values.rule).length, 0)
  const zones = index.ofType('aws_route53_zone')
  for (const z of [...zones, ...index.ofType('aws_route53_record')]) report.understood(z, 'edge.route53')
  const route53Fact = facts?.edge?.route53
  const hostedZones = route53Fact?.hostedZones ?? zones.length
  if (route53Fact) report.note(note('from-model-facts', { field: 'edge.route53' }))
  return {
    cloudfront: distributions.length > 0 || facts?.edge?.cloudfront === true,
    waf: { enabled: acls.length > 0, rules: Math.min(100, facts?.edge?.wafRules ?? rules) },
    ...(hostedZones > 0 || route53Fact ? { route53: { hostedZones: Math.min(100, hostedZones), queriesMillionsPerMonth: route53Fact?.queriesMillionsPerMonth ?? 0 } } : {}),
  }
}
