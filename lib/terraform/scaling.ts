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
 * The `predefined_metric_specification` for a service's target tracking. Requests per target
 * needs the ALB and target group in `resource_label` (`<lb arn_suffix>/<tg arn_suffix>`); a
 * metric AWS cannot track for the platform falls back to CPU (see noteScalingFallbacks).
 */
export function predefinedMetric(platform: ScalingPlatform, service: Service): JsonObject {
  const metrics = PREDEFINED[platform]
  const { metric } = service.scaling
  if (metric === 'requests-per-target' && service.loadBalancer) {
    const resourceLabel = `${loadBalancerRef(service.loadBalancer).ref('arn_suffix')}/${targetGroupRef(service.id).ref('arn_suffix')}`
    return { predefined_metric_type: metrics.requests, resource_label: resourceLabel }
  }
  if (metric === 'memory' && metrics.memory) return { predefined_metric_type: metrics.memory }
  return { predefined_metric_type: metrics.cpu }
}

/** True when predefinedMetric tracks CPU although the config asked for another metric. */
function fallsBackToCpu(platform: ScalingPlatform, service: Service): boolean {
  const { metric } = service.scaling
  return metric !== 'cpu' && predefinedMetric(platform, service).predefined_metric_type === PREDEFINED[platform].cpu
}

/**
 * One note per platform for the scaled services that track CPU instead of their metric
 * (queue length has no predefined metric; requests per target needs a load balancer), and one
 * for scheduled peaks, which the config gives no schedule for.
 */
export function noteScalingGaps(ctx: ExportContext, platform: ScalingPlatform, services: readonly Service[]): void {
  const scaled = services.filter((s) => s.scaling.policy !== 'none')
  const fallbacks = scaled.filter((s) => fallsBackToCpu(platform, s))
  if (fallbacks.length > 0)
    ctx.doc.note(
      `No predefined ${PLATFORM_LABEL[platform]} metric for ${fallbacks.map((s) => `"${s.id}" (${s.scaling.metric})`).join(', ')}: target tracking uses average CPU instead.`,
    )
  const peaks = scaled.filter((s) => s.scaling.scheduledPeakCount !== undefined)
  if (peaks.length > 0)
    ctx.doc.note(
      `Scheduled peak capacity for ${peaks.map((s) => `"${s.id}" (${s.scaling.scheduledPeakCount})`).join(', ')} was not exported: the config has no schedule.`,
    )
}
