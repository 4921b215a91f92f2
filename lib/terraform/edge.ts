import type { ExportContext } from './context'
import { escapeTemplate } from './escape'
import { addCloudFront, cloudFrontOrigin } from './cloudfront'
import { loadBalancerRef } from './load-balancers'
import type { JsonObject } from './json'
import type { TfRef } from './names'
import { addWebAcl } from './waf'

/** A CloudFront-scoped web ACL must be created through a us-east-1 provider. */
export function needsUsEast1Provider(ctx: ExportContext): boolean {
  return ctx.config.edge.waf.enabled && cloudFrontOrigin(ctx.config) !== undefined
}

/**
 * Edge: WAF (on CloudFront when there is a distribution, else on every ALB), CloudFront, and
 * Route 53 hosted zones for `var.domain_name` with an alias record to the entry point.
 */
export function addEdge(ctx: ExportContext): void {
  const { edge } = ctx.config
  const onCloudFront = cloudFrontOrigin(ctx.config) !== undefined
  const webAcl = edge.waf.enabled ? addWebAcl(ctx, onCloudFront ? 'CLOUDFRONT' : 'REGIONAL') : null
  if (webAcl && !onCloudFront && ctx.config.loadBalancers.length === 0)
    ctx.doc.note('WAF is on, but there is no load balancer or CloudFront distribution to attach the web ACL to.')
  if (webAcl && !onCloudFront)
    for (const lb of ctx.config.loadBalancers)
      ctx.doc.resource('aws_wafv2_web_acl_association', loadBalancerRef(lb.id).name, {
        resource_arn: loadBalancerRef(lb.id).ref('arn'),
        web_acl_arn: webAcl.ref('arn'),
      })
  const zones = edge.route53?.hostedZones ?? 0
  const domainName = zones > 0 || onCloudFront ? domainNameVariable(ctx) : ''
  const distribution = addCloudFront(ctx, domainName, webAcl)
  if (zones > 0) addHostedZones(ctx, zones, domainName, distribution)
  else if (distribution) ctx.doc.note('CloudFront serves var.domain_name, but the config has no Route 53 hosted zone: point the name at the distribution in your DNS.')
}

function domainNameVariable(ctx: ExportContext): string {
  return ctx.doc.variable('domain_name', { type: 'string', description: 'DNS name the application is served under (e.g. app.example.com)' })
}

/**
 * The first zone is `var.domain_name`, with an A alias at its apex to CloudFront or else the
 * first external ALB; further zones take their names from `var.additional_domain_names`.
 */
function addHostedZones(ctx: ExportContext, zones: number, domainName: string, distribution: TfRef | null): void {
  const comment = `${escapeTemplate(ctx.config.name)} (ArchDeck)`
  const primary = ctx.doc.resource('aws_route53_zone', 'primary', { name: domainName, comment })
  ctx.doc.output('name_servers', primary.ref('name_servers'), 'Name servers to delegate var.domain_name to')
  const target = aliasTarget(ctx, distribution)
  if (target)
    ctx.doc.resource('aws_route53_record', 'apex', { zone_id: primary.ref('zone_id'), name: domainName, type: 'A', alias: [target] })
  if (zones === 1) return
  ctx.doc.variable('additional_domain_names', {
    type: 'list(string)',
    description: `Names of the ${zones - 1} further hosted zones the config plans`,
    validation: [
      {
        condition: `\${length(var.additional_domain_names) == ${zones - 1}}`,
        error_message: `The config plans ${zones} hosted zones: give ${zones - 1} additional domain names.`,
      },
    ],
  })
  ctx.doc.resource('aws_route53_zone', 'additional', {
    for_each: '${toset(var.additional_domain_names)}',
    name: '${each.key}',
    comment,
  })
}

function aliasTarget(ctx: ExportContext, distribution: TfRef | null): JsonObject | null {
  if (distribution) return { name: distribution.ref('domain_name'), zone_id: distribution.ref('hosted_zone_id'), evaluate_target_health: false }
  const lb = ctx.config.loadBalancers.find((l) => l.scheme === 'external')
  if (!lb) return null
  const alb = loadBalancerRef(lb.id)
  return { name: alb.ref('dns_name'), zone_id: alb.ref('zone_id'), evaluate_target_health: true }
}
