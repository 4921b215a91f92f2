import type { ArchitectureConfig, LoadBalancer } from '../model'
import { escapeTemplate } from './escape'
import { nameTag, type ExportContext } from './context'
import { loadBalancerRef } from './load-balancers'
import type { TfRef } from './names'

/** AWS managed policies: no caching (dynamic API), and every viewer header (Host too) to the origin. */
const CACHING_DISABLED_POLICY_ID = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad'
const ALL_VIEWER_ORIGIN_REQUEST_POLICY_ID = '216adef6-5c7f-47e4-b989-5492eafa07d3'

/** The ALB CloudFront fronts: the first external one; none means no distribution. */
export function cloudFrontOrigin(config: ArchitectureConfig): LoadBalancer | undefined {
  return config.edge.cloudfront ? config.loadBalancers.find((lb) => lb.scheme === 'external') : undefined
}

/**
 * A distribution for `var.domain_name` in front of the external ALB, HTTPS end to end: viewers
 * are redirected to HTTPS, and the origin is reached over HTTPS with the viewer's Host header,
 * so the ALB's certificate for the domain matches. Nothing is cached (an API behind it).
 */
export function addCloudFront(ctx: ExportContext, domainName: string, webAcl: TfRef | null): TfRef | null {
  if (!ctx.config.edge.cloudfront) return null
  const origin = cloudFrontOrigin(ctx.config)
  if (!origin) {
    ctx.doc.note('CloudFront was asked for, but there is no external load balancer to put behind it: no distribution was exported.')
    return null
  }
  const certificate = ctx.doc.variable('cloudfront_certificate_arn', {
    type: 'string',
    description: 'ARN of an ACM certificate in us-east-1 covering domain_name, for CloudFront',
  })
  const originId = `alb-${origin.id}`
  const distribution = ctx.doc.resource('aws_cloudfront_distribution', 'main', {
    enabled: true,
    is_ipv6_enabled: true,
    http_version: 'http2and3',
    // Labels are at most 120 characters; CloudFront comments 128.
    comment: escapeTemplate(ctx.config.name),
    aliases: [domainName],
    web_acl_id: webAcl ? webAcl.ref('arn') : undefined,
    origin: [
      {
        origin_id: originId,
        domain_name: loadBalancerRef(origin.id).ref('dns_name'),
        custom_origin_config: [
          { http_port: 80, https_port: 443, origin_protocol_policy: 'https-only', origin_ssl_protocols: ['TLSv1.2'] },
        ],
      },
    ],
    default_cache_behavior: [
      {
        target_origin_id: originId,
        viewer_protocol_policy: 'redirect-to-https',
        allowed_methods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'POST', 'PATCH', 'DELETE'],
        cached_methods: ['GET', 'HEAD'],
        cache_policy_id: CACHING_DISABLED_POLICY_ID,
        origin_request_policy_id: ALL_VIEWER_ORIGIN_REQUEST_POLICY_ID,
        compress: true,
      },
    ],
    restrictions: [{ geo_restriction: [{ restriction_type: 'none', locations: [] }] }],
    viewer_certificate: [{ acm_certificate_arn: certificate, ssl_support_method: 'sni-only', minimum_protocol_version: 'TLSv1.2_2021' }],
    tags: nameTag(`${ctx.config.name} CloudFront`, 'cloudfront'),
  })
  ctx.doc.output('cloudfront_domain_name', distribution.ref('domain_name'), 'Domain name of the CloudFront distribution')
  return distribution
}
