import type { Service } from '../model'
import type { ExportContext } from './context'
import type { JsonObject } from './json'
import { loadBalancerRef, targetGroupRef } from './load-balancers'

type ScalingPlatform = 'ecs' | 'asg'

/** Predefined target-tracking metrics per platform; `null` where AWS has none. */
const PREDEFINED = {
  ecs: { cpu: 'ECSServiceAverageCPUUtilization', memory: 'ECSServiceAverageMemoryUtilization', requests: 'ALBRequestCountPerTarget' },
  asg: { cpu: 'ASGAverageCPUUtilization', memory: null, requests: 'ALBRequestCountPerTarget' },
} as const

const PLATFORM_LABEL: Record<ScalingPlatform, string> = { ecs: 'ECS service', asg: 'Auto Scaling group' }

/**
 * ALBRequestCountPerTarget is the target group's RequestCountPerTarget, a Sum over one minute
 * (Elastic Load Balancing, "CloudWatch metrics for your Application Load Balancer"), while the
 * model states its target in requests per second per task, as the capacity engine divides load.
 */
const SECONDS_PER_MINUTE = 60

/** The CPU percentage a service tracks when its own metric cannot be: the model's default target. */
export const FALLBACK_CPU_TARGET = 70

/**
 * A queue has no predefined metric. AWS's documented pattern is a custom metric of backlog per
 * task (the queue's length divided by running tasks) that the application publishes; the target
 * is the backlog one task can clear in time.
 */
export const BACKLOG_METRIC = { namespace: 'Custom/Backlog', name: 'BacklogPerTask' } as const

type Tracking = { target_value: number } & JsonObject

/**
 * The target-tracking block for a service: the metric AWS offers for the platform with a target
 * in that metric's own unit. Requests per target are converted to AWS's per-minute count and
 * labelled with the ALB and target group (`<lb arn_suffix>/<tg arn_suffix>`); queue length tracks
 * the published backlog metric; a metric the platform cannot track falls back to CPU at
 * FALLBACK_CPU_TARGET %, never to CPU at the other metric's number.
 */
export function targetTracking(platform: ScalingPlatform, service: Service): Tracking {
  const metrics = PREDEFINED[platform]
  const { metric, target } = service.scaling
  if (metric === 'cpu') return { target_value: target, predefined_metric_specification: [{ predefined_metric_type: metrics.cpu }] }
  if (metric === 'memory' && metrics.memory) return { target_value: target, predefined_metric_specification: [{ predefined_metric_type: metrics.memory }] }
  if (metric === 'requests-per-target' && service.loadBalancer) {
    const resourceLabel = `${loadBalancerRef(service.loadBalancer).ref('arn_suffix')}/${targetGroupRef(service.id).ref('arn_suffix')}`
    return { target_value: target * SECONDS_PER_MINUTE, predefined_metric_specification: [{ predefined_metric_type: metrics.requests, resource_label: resourceLabel }] }
  }
  if (metric === 'queue-length') {
    const dimension = { name: 'ServiceName', value: service.id }
    const spec = { metric_name: BACKLOG_METRIC.name, namespace: BACKLOG_METRIC.namespace, statistic: 'Average' }
    // The two providers name the dimension block differently (aws_appautoscaling_policy / aws_autoscaling_policy).
    return { target_value: target, customized_metric_specification: [platform === 'ecs' ? { ...spec, dimensions: [dimension] } : { ...spec, metric_dimension: [dimension] }] }
  }
  // Memory on an Auto Scaling group (no predefined metric) carries its percentage over to CPU.
  const cpuTarget = metric === 'memory' ? target : FALLBACK_CPU_TARGET
  return { target_value: cpuTarget, predefined_metric_specification: [{ predefined_metric_type: metrics.cpu }] }
}

/**
 * One note per platform for the scaled services that track CPU instead of their metric, one for
 * services scaling on a backlog metric the application must publish, and one for scheduled
 * peaks, which the config gives no schedule for.
 */
export function noteScalingGaps(ctx: ExportContext, platform: ScalingPlatform, services: readonly Service[]): void {
  const scaled = services.filter((s) => s.scaling.policy !== 'none')
  const fallbacks = scaled.filter((s) => s.scaling.metric !== 'cpu' && isCpu(platform, s))
  if (fallbacks.length > 0)
    ctx.doc.note(
      `No predefined ${PLATFORM_LABEL[platform]} metric for ${fallbacks.map((s) => `"${s.id}" (${s.scaling.metric})`).join(', ')}: target tracking uses average CPU instead (${fallbacks.map((s) => `"${s.id}" at ${targetTracking(platform, s).target_value} %`).join(', ')}).`,
    )
  const backlog = scaled.filter((s) => s.scaling.metric === 'queue-length')
  if (backlog.length > 0)
    ctx.doc.note(
      `${backlog.map((s) => `"${s.id}"`).join(', ')} scale on ${BACKLOG_METRIC.namespace} ${BACKLOG_METRIC.name} (dimension ServiceName): the application must publish its queue length divided by running tasks, or target tracking has no data and never scales.`,
    )
  const peaks = scaled.filter((s) => s.scaling.scheduledPeakCount !== undefined)
  if (peaks.length > 0)
    ctx.doc.note(
      `Scheduled peak capacity for ${peaks.map((s) => `"${s.id}" (${s.scaling.scheduledPeakCount})`).join(', ')} was not exported: the config has no schedule.`,
    )
}

/** True when the service's tracking uses the platform's CPU metric. */
function isCpu(platform: ScalingPlatform, service: Service): boolean {
  const spec = targetTracking(platform, service).predefined_metric_specification as { predefined_metric_type: string }[] | undefined
  return spec?.[0]?.predefined_metric_type === PREDEFINED[platform].cpu
}
