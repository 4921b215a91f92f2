import type { LoadBalancer, Service } from '../../model'
import type { ResourceInstance, TfObject } from '../types'
import { note, type MapContext } from './context'
import { inFactsOrder } from './facts'
import { IdAllocator, instanceName } from './ids'
import { block, blocks, bool, nameTag, num, str } from './instances'

const LABEL_MAX = 120
type Listener = LoadBalancer['listeners'][number]
export type HealthCheck = Pick<Service['healthCheck'], 'intervalSeconds' | 'unhealthyThreshold' | 'path' | 'healthyThreshold'>

/** AWS's defaults for an HTTP target group's health check (ELB API Reference, CreateTargetGroup). */
/**
 * What a target group's health check is when the configuration leaves a field out. The thresholds
 * are the hashicorp/aws provider's, not the ELB API's: its aws_lb_target_group docs say healthy and
 * unhealthy thresholds "Default to 3", and `terraform plan` shows 3 and 3 (the API alone would use 5
 * and 2). The interval (30 s) and path ('/') are the same in both.
 */
const TERRAFORM_HEALTH_CHECK = { interval: 30, unhealthy: 3, healthy: 3, path: '/' }
/** The model's own default for a healthy threshold left out: the API's 5 (lib/terraform/health-check.ts). */
const MODEL_HEALTHY_DEFAULT = 5

export type LoadBalancing = {
  loadBalancers: LoadBalancer[]
  /** The load balancer (model id) that forwards to each target group (address). */
  lbOfTargetGroup: Map<string, string>
  healthCheckOf: (targetGroup: ResourceInstance) => HealthCheck
}

/**
 * Application load balancers (aws_lb / legacy aws_alb), their HTTP/HTTPS listeners (an HTTP
 * listener whose default action redirects is `redirectToHttps`), and the target groups they
 * forward to (by default action or listener rule), whose algorithm is the balancer's routing.
 * A network load balancer is read as one, with a note: the model has application ones only.
 */
export function mapLoadBalancers(ctx: MapContext): LoadBalancing {
  const { index, report } = ctx
  const ids = new IdAllocator()
  const listeners = index.ofType('aws_lb_listener', 'aws_alb_listener')
  const rules = index.ofType('aws_lb_listener_rule', 'aws_alb_listener_rule')
  const lbOfTargetGroup = new Map<string, string>()
  const result: LoadBalancer[] = []
  for (const lb of index.ofType('aws_lb', 'aws_alb')) {
    const type = str(lb.values.load_balancer_type) ?? 'application'
    if (type === 'gateway') {
      report.skipped(lb, note('skipped.gateway-load-balancer'))
      continue
    }
    const securityGroups = index.targets(lb.values.security_groups).flatMap((g) => ctx.securityGroupIds.get(g.address) ?? [])
    if (securityGroups.length === 0) {
      report.skipped(lb, note('skipped.load-balancer-without-security-group'))
      continue
    }
    const id = ids.take(instanceName(lb.name, lb.index))
    ctx.loadBalancerIds.set(lb.address, id)
    report.understood(lb, `loadBalancers[${id}]`)
    if (type === 'network') report.note({ ...note('network-load-balancer', { loadBalancer: id }), address: lb.address })
    const own = listeners.filter((l) => index.target(l.values.load_balancer_arn)?.address === lb.address)
    const forwarded: ResourceInstance[] = []
    const read = own.flatMap((l): Listener[] => {
      report.understood(l, `loadBalancers[${id}].listeners`)
      const actions = blocks(l.values.default_action)
      forwarded.push(...actions.flatMap((a) => forwardTargets(ctx, a)))
      for (const rule of rules.filter((r) => index.target(r.values.listener_arn)?.address === l.address)) {
        report.understood(rule, `loadBalancers[${id}].listeners`)
        forwarded.push(...blocks(rule.values.action).flatMap((a) => forwardTargets(ctx, a)))
      }
      const port = num(l.values.port)
      const protocol = listenerProtocol(str(l.values.protocol))
      if (port === undefined) return []
      return [{ port, protocol, redirectToHttps: protocol === 'HTTP' && actions.some((a) => str(a.type) === 'redirect') }]
    })
    const listenersOfLb = uniqueByPort(inFactsOrder(read.sort((a, b) => a.port - b.port), (l) => String(l.port), ctx.facts?.order?.listeners?.[id]?.map(String)))
    if (listenersOfLb.length === 0) {
      listenersOfLb.push({ port: 80, protocol: 'HTTP', redirectToHttps: false })
      report.assumed(`loadBalancers[${id}].listeners`, 'HTTP 80', note('assumed.no-listener'))
    }
    for (const tg of forwarded) {
      if (!lbOfTargetGroup.has(tg.address)) lbOfTargetGroup.set(tg.address, id)
      report.understood(tg, `loadBalancers[${id}]`)
    }
    const algorithm = forwarded.map((tg) => str(tg.values.load_balancing_algorithm_type)).find((a) => a !== undefined)
    const routing = algorithm === 'least_outstanding_requests' ? 'least-outstanding-requests' : algorithm === 'round_robin' ? 'round-robin' : ctx.facts?.loadBalancers?.[id]?.routing
    result.push({
      id,
      name: ctx.facts?.labels?.loadBalancers?.[id] ?? ((nameTag(lb) ?? str(lb.values.name) ?? id).trim().slice(0, LABEL_MAX).trim() || id),
      scheme: bool(lb.values.internal) === true ? 'internal' : 'external',
      listeners: listenersOfLb,
      securityGroups: securityGroups.slice(0, 5),
      // Elastic Load Balancing keeps invalid header fields unless told to drop them.
      dropInvalidHeaders: bool(lb.values.drop_invalid_header_fields) ?? false,
      ...(routing === 'least-outstanding-requests' || routing === 'round-robin' ? { routing } : {}),
    })
  }
  return { loadBalancers: inFactsOrder(result, (lb) => lb.id, ctx.facts?.order?.loadBalancers), lbOfTargetGroup, healthCheckOf: (tg) => healthCheck(tg) }
}

/** Target groups an action forwards to: `target_group_arn`, or a weighted `forward` block. */
function forwardTargets(ctx: MapContext, action: TfObject): ResourceInstance[] {
  const direct = ctx.index.target(action.target_group_arn)
  const weighted = blocks(action.forward).flatMap((f) => blocks(f.target_group).flatMap((t) => ctx.index.targets(t.arn)))
  return [...(direct ? [direct] : []), ...weighted]
}

function listenerProtocol(protocol: string | undefined): Listener['protocol'] {
  // TLS on a network load balancer terminates like HTTPS; TCP and UDP read as plain HTTP.
  return protocol === 'HTTPS' || protocol === 'TLS' ? 'HTTPS' : 'HTTP'
}

function uniqueByPort(listeners: Listener[]): Listener[] {
  return listeners.filter((l, i) => listeners.findIndex((o) => o.port === l.port) === i)
}

/** The target group's health check; the provider's defaults where the configuration is silent. */
function healthCheck(tg: ResourceInstance): HealthCheck {
  const hc = block(tg.values.health_check) ?? {}
  const path = str(hc.path)
  const healthy = num(hc.healthy_threshold) ?? TERRAFORM_HEALTH_CHECK.healthy
  return {
    intervalSeconds: clamp(num(hc.interval) ?? TERRAFORM_HEALTH_CHECK.interval, 5, 300),
    unhealthyThreshold: clamp(num(hc.unhealthy_threshold) ?? TERRAFORM_HEALTH_CHECK.unhealthy, 2, 10),
    ...(path && path !== TERRAFORM_HEALTH_CHECK.path ? { path } : {}),
    ...(healthy !== MODEL_HEALTHY_DEFAULT ? { healthyThreshold: clamp(healthy, 2, 10) } : {}),
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)))
}
