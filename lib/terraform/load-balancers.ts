import type { ArchitectureConfig, LoadBalancer, Service } from '../model'
import { VPC, nameTag, securityGroupIds, subnetIds, type ExportContext } from './context'
import { healthCheckBlock } from './health-check'
import type { JsonObject } from './json'
import { tfRef, toTerraformName, type TfRef } from './names'

type Listener = LoadBalancer['listeners'][number]

/** TLS 1.3 with TLS 1.2 fallback, AWS's recommended policy for ALB HTTPS listeners. */
const SSL_POLICY = 'ELBSecurityPolicy-TLS13-1-2-2021-06'

export function loadBalancerRef(lbId: string): TfRef {
  return tfRef('aws_lb', toTerraformName(lbId))
}

export function targetGroupRef(serviceId: string): TfRef {
  return tfRef('aws_lb_target_group', toTerraformName(serviceId))
}

export function listenerRef(lb: LoadBalancer, listener: Listener): TfRef {
  return tfRef('aws_lb_listener', `${toTerraformName(lb.id)}_${listener.port}`)
}

/** Services behind a load balancer, in config order: the first gets the default action. */
function servicesBehind(config: ArchitectureConfig, lbId: string): Service[] {
  return config.services.filter((s) => s.loadBalancer === lbId)
}

/**
 * Application load balancers with a target group per service behind them. HTTPS listeners
 * forward to the first service and route `/<serviceId>/*` to the others (fixed 404 when none);
 * HTTP listeners that redirect send 301 to the first HTTPS port.
 */
export function addLoadBalancers(ctx: ExportContext): void {
  for (const lb of ctx.config.loadBalancers) addLoadBalancer(ctx, lb)
}

function addLoadBalancer(ctx: ExportContext, lb: LoadBalancer): void {
  const { config, doc } = ctx
  const alb = doc.define(loadBalancerRef(lb.id), {
    // ALB names: 32 letters, digits or hyphens, and not "internal-…".
    name: ctx.names.claim('lb', lb.id, 32).replace(/^internal-/, 'int-'),
    load_balancer_type: 'application',
    internal: lb.scheme === 'internal',
    security_groups: securityGroupIds(lb.securityGroups),
    subnets: subnetIds(ctx, lb.scheme === 'internal' ? 'private-app' : 'public'),
    drop_invalid_header_fields: lb.dropInvalidHeaders,
    tags: nameTag(lb.name, lb.id),
  })
  doc.output(`${alb.name}_dns_name`, alb.ref('dns_name'), `DNS name of the load balancer "${lb.id}"`)
  const services = servicesBehind(config, lb.id)
  for (const service of services) addTargetGroup(ctx, service, lb)
  const httpsPort = lb.listeners.find((l) => l.protocol === 'HTTPS')?.port ?? 443
  for (const listener of lb.listeners) {
    const redirect = listener.protocol === 'HTTP' && listener.redirectToHttps
    const listenerResource = doc.define(listenerRef(lb, listener), {
      load_balancer_arn: alb.ref('arn'),
      port: listener.port,
      protocol: listener.protocol,
      certificate_arn: listener.protocol === 'HTTPS' ? certificateVariable(ctx) : undefined,
      ssl_policy: listener.protocol === 'HTTPS' ? SSL_POLICY : undefined,
      default_action: [redirect ? redirectAction(httpsPort) : services[0] ? forwardAction(services[0]) : notFoundAction()],
      tags: nameTag(`${lb.name} ${listener.protocol} ${listener.port}`, lb.id),
    })
    if (redirect) continue
    services.slice(1).forEach((service, i) =>
      doc.resource('aws_lb_listener_rule', `${listenerResource.name}_${toTerraformName(service.id)}`, {
        listener_arn: listenerResource.ref('arn'),
        priority: i + 1,
        action: [forwardAction(service)],
        condition: [{ path_pattern: [{ values: [`/${service.id}/*`] }] }],
        tags: nameTag(service.name, service.id),
      }),
    )
  }
}

function addTargetGroup(ctx: ExportContext, service: Service, lb: LoadBalancer): void {
  ctx.doc.define(targetGroupRef(service.id), {
    name: ctx.names.claim('tg', service.id, 32),
    port: service.port,
    protocol: 'HTTP',
    vpc_id: VPC.ref('id'),
    // Fargate tasks register by IP (awsvpc networking); EC2 instances by instance id.
    target_type: service.compute.kind === 'fargate' ? 'ip' : 'instance',
    // Round robin is a target group's default routing algorithm; least outstanding requests is set.
    load_balancing_algorithm_type: lb.routing === 'least-outstanding-requests' ? 'least_outstanding_requests' : undefined,
    health_check: [healthCheckBlock(service)],
    tags: nameTag(service.name, service.id),
  })
}

function certificateVariable(ctx: ExportContext): string {
  return ctx.doc.variable('acm_certificate_arn', {
    type: 'string',
    description: 'ARN of the ACM certificate (in the deployment region) for the HTTPS listeners',
  })
}

function forwardAction(service: Service): JsonObject {
  return { type: 'forward', target_group_arn: targetGroupRef(service.id).ref('arn') }
}

function redirectAction(httpsPort: number): JsonObject {
  return { type: 'redirect', redirect: [{ protocol: 'HTTPS', port: String(httpsPort), status_code: 'HTTP_301' }] }
}

function notFoundAction(): JsonObject {
  return { type: 'fixed-response', fixed_response: [{ content_type: 'text/plain', message_body: 'Not found', status_code: '404' }] }
}
