import type { ExportContext } from './context'
import { nameTag } from './context'
import { US_EAST_1_ALIAS } from './provider'
import type { TfRef } from './names'

/**
 * AWS managed rule groups in the order they are added; together 1,475 WCU, under the 1,500 a
 * web ACL gets without extra charge (WCU per group from the AWS WAF developer guide).
 */
const MANAGED_RULE_GROUPS = [
  'AWSManagedRulesCommonRuleSet', // 700 WCU
  'AWSManagedRulesKnownBadInputsRuleSet', // 200
  'AWSManagedRulesAmazonIpReputationList', // 25
  'AWSManagedRulesSQLiRuleSet', // 200
  'AWSManagedRulesLinuxRuleSet', // 200
  'AWSManagedRulesAnonymousIpList', // 50
  'AWSManagedRulesUnixRuleSet', // 100
] as const

/**
 * A web ACL that allows by default and applies `edge.waf.rules` AWS managed rule groups (as many
 * as the list holds). CloudFront needs a CLOUDFRONT-scoped ACL, which lives in us-east-1.
 */
export function addWebAcl(ctx: ExportContext, scope: 'REGIONAL' | 'CLOUDFRONT'): TfRef {
  const { rules } = ctx.config.edge.waf
  const groups = MANAGED_RULE_GROUPS.slice(0, rules)
  if (rules > groups.length)
    ctx.doc.note(`WAF: ${rules} rules were asked for; the export adds the ${groups.length} AWS managed rule groups it knows.`)
  const metricName = ctx.names.claim('waf-metric', 'web-acl', 128)
  return ctx.doc.resource('aws_wafv2_web_acl', 'main', {
    provider: scope === 'CLOUDFRONT' ? `aws.${US_EAST_1_ALIAS}` : undefined,
    name: ctx.names.claim('waf', 'web-acl', 128),
    scope,
    default_action: [{ allow: [{}] }],
    rule: groups.map((group, i) => ({
      name: group,
      priority: i,
      override_action: [{ none: [{}] }],
      statement: { managed_rule_group_statement: { name: group, vendor_name: 'AWS' } },
      visibility_config: [{ cloudwatch_metrics_enabled: true, metric_name: group, sampled_requests_enabled: true }],
    })),
    visibility_config: [{ cloudwatch_metrics_enabled: true, metric_name: metricName, sampled_requests_enabled: true }],
    tags: nameTag(`${ctx.config.name} web ACL`, 'web-acl'),
  })
}
