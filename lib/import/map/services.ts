import type { Service } from '../../model'
import { isUnknown, type ResourceInstance, type TfObject, type TfValue } from '../types'
import { note, whyDefault, type MapContext } from './context'
import type { ServiceFacts } from './facts'
import { inFactsOrder } from './facts'
import { instanceName } from './ids'
import { block, blocks, bool, nameTag, num, str } from './instances'
import type { LoadBalancing } from './load-balancers'
import { groupsOrDefault } from './groups'

type Compute = Service['compute']
type Scaling = Service['scaling']
const FARGATE_VCPU = [0.25, 0.5, 1, 2, 4, 8, 16] as const
const LABEL_MAX = 120
/** Stated defaults for what Terraform never says about a service (docs/decisions/015-terraform-import.md). */
export const SERVICE_DEFAULTS = { serviceTimeMs: 50, workersPerTask: 1, port: 80, intervalSeconds: 30, unhealthyThreshold: 2, gracePeriodSeconds: 60 } as const
/** ALBRequestCountPerTarget counts a minute; the model's target is per second (lib/terraform/scaling.ts). */
const SECONDS_PER_MINUTE = 60

/**
 * ECS services (Fargate, or EC2 through a capacity provider's Auto Scaling group) and EC2 Auto
 * Scaling groups that run on their own, each with its task definition or launch template, its
 * Application Auto Scaling target and target-tracking policy, and its target group's health check.
 * What Terraform does not hold (service time, traffic share) comes from ArchDeck's facts, else a
 * stated default.
 */
export function mapServices(ctx: MapContext, lb: LoadBalancing): Service[] {
  const { index } = ctx
  const asgsUsedByEcs = new Set<string>()
  const ecs = index.ofType('aws_ecs_service').map((s) => ecsService(ctx, lb, s, asgsUsedByEcs))
  const asgs = index
    .ofType('aws_autoscaling_group')
    .filter((g) => !asgsUsedByEcs.has(g.address))
    .map((g) => asgService(ctx, lb, g))
  for (const cluster of index.ofType('aws_ecs_cluster', 'aws_ecs_cluster_capacity_providers', 'aws_ecs_capacity_provider')) ctx.report.understood(cluster, 'services (cluster)')
  return inFactsOrder([...ecs, ...asgs], (s) => s.id, ctx.facts?.order?.services)
}

/** Addresses of the subnets a list of values references. */
function subnetsOf(ctx: MapContext, values: readonly TfValue[]): string[] {
  return values.flatMap((v) => ctx.index.targets(v).map((t) => t.address))
}

/** Subnet addresses the services run in (ECS network configuration, ASG zones), to find the VPC and the app tier. */
export function serviceSubnets(ctx: MapContext): Set<string> {
  const ecs = ctx.index.ofType('aws_ecs_service').flatMap((s) => subnetsOf(ctx, blocks(s.values.network_configuration).map((n) => n.subnets ?? null)))
  const asg = ctx.index.ofType('aws_autoscaling_group').flatMap((g) => subnetsOf(ctx, [g.values.vpc_zone_identifier ?? null]))
  return new Set([...ecs, ...asg])
}

function ecsService(ctx: MapContext, lb: LoadBalancing, s: ResourceInstance, asgsUsedByEcs: Set<string>): Service {
  const { index, report } = ctx
  const id = ctx.serviceIds.take(instanceName(s.name, s.index))
  const path = `services[${id}]`
  report.understood(s, path)
  const facts = ctx.facts?.services?.[id]
  const task = index.target(s.values.task_definition)
  if (task) report.understood(task, `${path}.compute`)
  const lbBlock = block(s.values.load_balancer)
  const targetGroup = lbBlock ? index.target(lbBlock.target_group_arn) : undefined
  const asg = ecsOnEc2(ctx, s)
  let compute: Compute
  let count: Service['count']
  const scalingTarget = appScalingTarget(ctx, s)
  const desired = num(s.values.desired_count) ?? assumedDesired(ctx, s, path, facts)
  if (asg) {
    asgsUsedByEcs.add(asg.address)
    report.understood(asg, `${path}.compute`)
    const launch = asgLaunch(ctx, asg, path, facts)
    compute = launch.compute
    count = asgCount(asg)
    report.note({ ...note('ecs-on-ec2', { service: id, instanceType: compute.kind === 'ec2' ? compute.instanceType : '' }), address: s.address })
  } else {
    compute = fargateCompute(ctx, task, path)
    count = scalingTarget
      ? { min: num(scalingTarget.values.min_capacity) ?? desired, desired, max: num(scalingTarget.values.max_capacity) ?? desired }
      : countFromFacts(ctx, facts, desired, path)
  }
  count = { ...count, desired: Math.min(Math.max(count.desired, count.min), count.max) }
  const scaling = readScaling(ctx, scalingTarget ? policiesOf(ctx, scalingTarget) : [], facts, path, scheduledPeak(ctx, scalingTarget))
  const port = num(lbBlock?.container_port) ?? containerPort(s, task) ?? factOr(ctx, facts?.port, SERVICE_DEFAULTS.port, `${path}.port`)
  const breaker = block(s.values.deployment_circuit_breaker)
  return {
    id,
    name: ctx.facts?.labels?.services?.[id] ?? serviceName(s, id),
    port,
    compute,
    count,
    scaling,
    ...(targetGroup && lb.lbOfTargetGroup.get(targetGroup.address) ? { loadBalancer: lb.lbOfTargetGroup.get(targetGroup.address) } : {}),
    securityGroups: groupsOrDefault(ctx, blocks(s.values.network_configuration).map((n) => n.security_groups ?? null), `${path}.securityGroups`),
    ...common(ctx, facts, path),
    healthCheck: {
      ...healthCheck(ctx, lb, targetGroup, facts, path),
      gracePeriodSeconds: num(s.values.health_check_grace_period_seconds) ?? gracePeriod(ctx, facts, path, targetGroup !== undefined),
    },
    deployment: { autoRollback: bool(breaker?.rollback) ?? false },
  }
}

function asgService(ctx: MapContext, lb: LoadBalancing, g: ResourceInstance): Service {
  const { index, report } = ctx
  const id = ctx.serviceIds.take(instanceName(g.name, g.index))
  const path = `services[${id}]`
  report.understood(g, path)
  const facts = ctx.facts?.services?.[id]
  const { compute, template } = asgLaunch(ctx, g, path, facts)
  const ofGroup = (value: TfValue | undefined) => index.named(value, ['aws_autoscaling_group'])?.address === g.address
  const attachments = index.ofType('aws_autoscaling_attachment').filter((a) => ofGroup(a.values.autoscaling_group_name))
  for (const a of attachments) report.understood(a, `${path}.loadBalancer`)
  const targetGroup = [...index.targets(g.values.target_group_arns), ...attachments.flatMap((a) => index.targets(a.values.lb_target_group_arn))][0]
  const policies = index
    .ofType('aws_autoscaling_policy')
    .filter((p) => ofGroup(p.values.autoscaling_group_name))
  const refresh = block(g.values.instance_refresh)
  const count = asgCount(g)
  const scheduled = index.ofType('aws_autoscaling_schedule').filter((a) => ofGroup(a.values.autoscaling_group_name))
  for (const a of scheduled) report.understood(a, `${path}.scaling.scheduledPeakCount`)
  const peak = Math.max(0, ...scheduled.map((a) => num(a.values.desired_capacity) ?? num(a.values.min_size) ?? 0))
  return {
    id,
    name: ctx.facts?.labels?.services?.[id] ?? serviceName(g, id),
    port: num(targetGroup?.values.port) ?? factOr(ctx, facts?.port, SERVICE_DEFAULTS.port, `${path}.port`),
    compute,
    count,
    scaling: readScaling(ctx, policies, facts, path, peak || undefined),
    ...(targetGroup && lb.lbOfTargetGroup.get(targetGroup.address) ? { loadBalancer: lb.lbOfTargetGroup.get(targetGroup.address) } : {}),
    securityGroups: groupsOrDefault(ctx, [template?.values.vpc_security_group_ids ?? template?.values.security_groups ?? null, ...blocks(template?.values.network_interfaces).map((n) => n.security_groups ?? null)], `${path}.securityGroups`),
    ...common(ctx, facts, path),
    healthCheck: {
      ...healthCheck(ctx, lb, targetGroup, facts, path),
      // EC2 Auto Scaling's default grace period is 300 seconds.
      gracePeriodSeconds: num(g.values.health_check_grace_period) ?? 300,
    },
    deployment: { autoRollback: bool(block(refresh?.preferences)?.auto_rollback) ?? false },
  }
}

function serviceName(instance: ResourceInstance, id: string): string {
  return (nameTag(instance) ?? str(instance.values.name) ?? id).trim().slice(0, LABEL_MAX).trim() || id
}

/** Performance and traffic share: never in Terraform. */
function common(ctx: MapContext, facts: ServiceFacts | undefined, path: string): Pick<Service, 'trafficShare' | 'performance'> {
  if (facts?.performance) {
    ctx.report.note(note('from-model-facts', { field: `${path}.performance` }))
    return { trafficShare: facts.trafficShare ?? 1, performance: facts.performance as Service['performance'] }
  }
  ctx.report.assumed(`${path}.performance.serviceTimeMs`, SERVICE_DEFAULTS.serviceTimeMs, note('assumed.not-in-terraform', { field: 'serviceTimeMs' }))
  return { trafficShare: 1, performance: { serviceTimeMs: SERVICE_DEFAULTS.serviceTimeMs, workersPerTask: SERVICE_DEFAULTS.workersPerTask } }
}

function factOr<T>(ctx: MapContext, fact: T | undefined, fallback: T, field: string): T {
  if (fact !== undefined) {
    ctx.report.note(note('from-model-facts', { field }))
    return fact
  }
  ctx.report.assumed(field, fallback, note('assumed.not-in-terraform', { field }))
  return fallback
}

/** ECS starts no task when desired_count is left out (the provider's default is 0); a variable without a value is said as such. */
function assumedDesired(ctx: MapContext, s: ResourceInstance, path: string, facts: ServiceFacts | undefined): number {
  const fact = (facts?.count as Service['count'] | undefined)?.desired
  if (fact !== undefined) return fact
  const used = s.values.desired_count === undefined ? 0 : 1
  ctx.report.assumed(`${path}.count`, used, whyDefault(s.values.desired_count, 'desired_count'))
  return used
}

function countFromFacts(ctx: MapContext, facts: ServiceFacts | undefined, desired: number, path: string): Service['count'] {
  const fact = facts?.count as Service['count'] | undefined
  if (fact) {
    ctx.report.note(note('from-model-facts', { field: `${path}.count` }))
    return { ...fact, desired }
  }
  // Without autoscaling, the service runs its desired count and no other.
  return { min: desired, desired, max: Math.max(desired, 1) }
}

function asgCount(g: ResourceInstance): Service['count'] {
  const min = num(g.values.min_size) ?? 0
  const max = Math.max(num(g.values.max_size) ?? min, 1)
  return { min, desired: num(g.values.desired_capacity) ?? min, max }
}

function gracePeriod(ctx: MapContext, facts: ServiceFacts | undefined, path: string, behindLb: boolean): number {
  const fact = (facts?.healthCheck as Service['healthCheck'] | undefined)?.gracePeriodSeconds
  if (fact !== undefined) return fact
  if (!behindLb) ctx.report.assumed(`${path}.healthCheck.gracePeriodSeconds`, SERVICE_DEFAULTS.gracePeriodSeconds, note('assumed.not-in-terraform', { field: 'gracePeriodSeconds' }))
  return SERVICE_DEFAULTS.gracePeriodSeconds
}

function healthCheck(ctx: MapContext, lb: LoadBalancing, targetGroup: ResourceInstance | undefined, facts: ServiceFacts | undefined, path: string) {
  if (targetGroup) return lb.healthCheckOf(targetGroup)
  const fact = facts?.healthCheck as Service['healthCheck'] | undefined
  if (fact) {
    const { gracePeriodSeconds: _grace, ...rest } = fact
    return rest
  }
  ctx.report.assumed(`${path}.healthCheck`, `${SERVICE_DEFAULTS.intervalSeconds}s × ${SERVICE_DEFAULTS.unhealthyThreshold}`, note('assumed.not-in-terraform', { field: 'healthCheck' }))
  return { intervalSeconds: SERVICE_DEFAULTS.intervalSeconds, unhealthyThreshold: SERVICE_DEFAULTS.unhealthyThreshold }
}

function fargateCompute(ctx: MapContext, task: ResourceInstance | undefined, path: string): Compute {
  const cpuUnits = units(task?.values.cpu, 'cpu')
  const memoryMib = units(task?.values.memory, 'memory')
  const wanted = cpuUnits === undefined ? undefined : cpuUnits / 1024
  const vcpu = wanted === undefined ? 0.25 : FARGATE_VCPU.reduce((best, v) => (Math.abs(v - wanted) < Math.abs(best - wanted) ? v : best), FARGATE_VCPU[0])
  if (wanted === undefined) ctx.report.assumed(`${path}.compute.vcpu`, vcpu, whyDefault(task?.values.cpu, 'cpu'))
  else if (vcpu !== wanted) ctx.report.assumed(`${path}.compute.vcpu`, vcpu, note('assumed.fargate-size', { found: wanted, used: vcpu }))
  const memoryGb = memoryMib === undefined ? Math.max(0.5, vcpu * 2) : Math.min(120, Math.max(0.5, memoryMib / 1024))
  if (memoryMib === undefined) ctx.report.assumed(`${path}.compute.memoryGb`, memoryGb, whyDefault(task?.values.memory, 'memory'))
  const arch = str(block(task?.values.runtime_platform)?.cpu_architecture)
  const storage = num(block(task?.values.ephemeral_storage)?.size_in_gib)
  return { kind: 'fargate', architecture: arch === 'ARM64' ? 'arm' : 'x86', vcpu, memoryGb, ephemeralStorageGb: storage ?? 20 }
}

/** CPU units or MiB: "512", 512, "1 vCPU", "0.5 vcpu", "2 GB", "2GB". */
function units(value: TfValue | undefined, kind: 'cpu' | 'memory'): number | undefined {
  const plain = num(value)
  if (plain !== undefined) return plain
  const text = str(value)?.trim().toLowerCase()
  const match = text ? /^([\d.]+)\s*(vcpu|gb|mb|mib|gib)?$/.exec(text) : null
  if (!match) return undefined
  const n = Number(match[1])
  if (kind === 'cpu') return match[2] === 'vcpu' ? n * 1024 : n
  return match[2] === 'gb' || match[2] === 'gib' ? n * 1024 : n
}

/** The first port mapping of the task's first container, when the definitions are literal JSON. */
function containerPort(service: ResourceInstance, task: ResourceInstance | undefined): number | undefined {
  const raw = task?.values.container_definitions
  let definitions: unknown = raw
  if (typeof raw === 'string') {
    try {
      definitions = JSON.parse(raw)
    } catch {
      return undefined
    }
  }
  if (!Array.isArray(definitions)) return undefined
  const name = str(block(service.values.load_balancer)?.container_name)
  const container = (definitions.find((d) => d?.name === name) ?? definitions[0]) as { portMappings?: { containerPort?: unknown }[] } | undefined
  const port = container?.portMappings?.[0]?.containerPort
  return typeof port === 'number' ? port : undefined
}

/** The Application Auto Scaling target of an ECS service: its resource_id names the service. */
function appScalingTarget(ctx: MapContext, service: ResourceInstance): ResourceInstance | undefined {
  const name = str(service.values.name)
  return ctx.index.ofType('aws_appautoscaling_target').find((t) => {
    const rid = t.values.resource_id
    if (isUnknown(rid)) return (rid.refs ?? []).some((r) => r.$ref === service.address)
    return typeof rid === 'string' && name !== undefined && rid.startsWith('service/') && rid.endsWith(`/${name}`)
  })
}

function policiesOf(ctx: MapContext, target: ResourceInstance): ResourceInstance[] {
  ctx.report.understood(target, 'services.count')
  const rid = target.values.resource_id
  return ctx.index.ofType('aws_appautoscaling_policy').filter((p) => {
    const ref = ctx.index.target(p.values.resource_id)
    return ref?.address === target.address || (typeof rid === 'string' && p.values.resource_id === rid)
  })
}

function scheduledPeak(ctx: MapContext, target: ResourceInstance | undefined): number | undefined {
  if (!target) return undefined
  const rid = target.values.resource_id
  const actions = ctx.index.ofType('aws_appautoscaling_scheduled_action').filter((a) => ctx.index.target(a.values.resource_id)?.address === target.address || (typeof rid === 'string' && a.values.resource_id === rid))
  for (const a of actions) ctx.report.understood(a, 'services.scaling.scheduledPeakCount')
  const peak = Math.max(0, ...actions.map((a) => num(block(a.values.scalable_target_action)?.min_capacity) ?? 0))
  return peak || undefined
}

const PREDEFINED: Record<string, Scaling['metric']> = {
  ECSServiceAverageCPUUtilization: 'cpu',
  ASGAverageCPUUtilization: 'cpu',
  ECSServiceAverageMemoryUtilization: 'memory',
  ALBRequestCountPerTarget: 'requests-per-target',
}

/** Target tracking from the first policy that has it; facts where the policy cannot say (none, a fallback metric). */
function readScaling(ctx: MapContext, policies: readonly ResourceInstance[], facts: ServiceFacts | undefined, path: string, peak: number | undefined): Scaling {
  const scheduledPeakCount = peak ?? facts?.scheduledPeakCount
  const withPeak = (s: Scaling): Scaling => (scheduledPeakCount === undefined ? s : { ...s, scheduledPeakCount })
  for (const p of policies) ctx.report.understood(p, `${path}.scaling`)
  const tracking = policies
    .map((p) => block(p.values.target_tracking_scaling_policy_configuration ?? p.values.target_tracking_configuration))
    .find((t): t is TfObject => t !== undefined)
  const factScaling = facts?.scaling as Scaling | undefined
  if (factScaling) {
    ctx.report.note(note('from-model-facts', { field: `${path}.scaling` }))
    return withPeak(factScaling)
  }
  if (!tracking) return withPeak({ policy: 'none', metric: 'cpu', target: 70 })
  const target = num(tracking.target_value) ?? 70
  const predefined = str(block(tracking.predefined_metric_specification)?.predefined_metric_type)
  const metric = predefined ? PREDEFINED[predefined] : block(tracking.customized_metric_specification) ? 'queue-length' : undefined
  if (!metric) {
    ctx.report.note(note('scaling-metric-not-modelled', { metric: predefined ?? 'custom' }))
    return withPeak({ policy: 'target-tracking', metric: 'cpu', target: Math.min(target, 100) })
  }
  return withPeak({ policy: 'target-tracking', metric, target: metric === 'requests-per-target' ? target / SECONDS_PER_MINUTE : target })
}

/** The Auto Scaling group an ECS service on EC2 runs on: its capacity provider's, else the only one. */
function ecsOnEc2(ctx: MapContext, service: ResourceInstance): ResourceInstance | undefined {
  const launchType = str(service.values.launch_type)
  const strategies = blocks(service.values.capacity_provider_strategy)
  const providerNames = strategies.map((s) => s.capacity_provider)
  if (launchType !== 'EC2' && (strategies.length === 0 || providerNames.every((n) => n === 'FARGATE' || n === 'FARGATE_SPOT'))) return undefined
  const providers = ctx.index.ofType('aws_ecs_capacity_provider')
  const named = providers.find((p) => providerNames.some((n) => ctx.index.target(n)?.address === p.address || n === p.values.name)) ?? providers[0]
  const fromProvider = named ? ctx.index.target(block(named.values.auto_scaling_group_provider)?.auto_scaling_group_arn) : undefined
  const asgs = ctx.index.ofType('aws_autoscaling_group')
  return fromProvider ?? (asgs.length === 1 ? asgs[0] : undefined)
}

/** Instance type and Spot mix of a group, from its launch template, mixed instances policy or launch configuration. */
function asgLaunch(ctx: MapContext, g: ResourceInstance, path: string, facts: ServiceFacts | undefined): { compute: Compute; template?: ResourceInstance } {
  const { index, report } = ctx
  const mixed = block(g.values.mixed_instances_policy)
  const mixedTemplate = block(mixed?.launch_template)
  const template =
    index.target(block(g.values.launch_template)?.id ?? block(g.values.launch_template)?.name) ??
    index.target(block(mixedTemplate?.launch_template_specification)?.launch_template_id ?? block(mixedTemplate?.launch_template_specification)?.launch_template_name) ??
    index.target(g.values.launch_configuration)
  if (template) report.understood(template, `${path}.compute`)
  const override = str(blocks(mixedTemplate?.override).map((o) => o.instance_type).find((t) => typeof t === 'string'))
  const instanceType = override ?? str(template?.values.instance_type)
  const count = asgCount(g)
  const distribution = block(mixed?.instances_distribution)
  const aboveBase = num(distribution?.on_demand_percentage_above_base_capacity) ?? 100
  const onDemandBase = distribution && aboveBase < 100 ? num(distribution.on_demand_base_capacity) ?? 0 : facts?.onDemandBase ?? count.max
  if (!instanceType) report.assumed(`${path}.compute.instanceType`, 't3.small', whyDefault(template?.values.instance_type, 'instance_type'))
  const purchase = (facts?.purchase ?? 'on-demand') as Extract<Compute, { kind: 'ec2' }>['purchase']
  return { compute: { kind: 'ec2', instanceType: instanceType ?? 't3.small', onDemandBase: Math.min(onDemandBase, 500), purchase }, template: template ?? undefined }
}

