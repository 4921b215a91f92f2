import type { Service } from '../model'
import { EC2_INSTANCE_BOOT_SECONDS, FARGATE_TASK_START_SECONDS, roundUpToHalfMinute } from './recovery-times'

/** How long one service takes to notice a broken task (or instance) and have a healthy one again. */
export type TaskReplacement = {
  serviceId: string
  serviceName: string
  intervalSeconds: number
  unhealthyThreshold: number
  /** intervalSeconds × unhealthyThreshold: the worst case, a hung task that still runs. */
  detectionSeconds: number
  /** Fargate image pull + start, or an EC2 instance boot. */
  startSeconds: number
  totalSeconds: number
  /** totalSeconds rounded up to the next half minute. */
  minutes: number
  /** Fargate: ECS starts a task that pulls its image; ec2: the Auto Scaling group boots an instance. */
  compute: 'fargate' | 'ec2'
}

/**
 * Detection plus start for one service. A crashed task exits at once; a hung one is only caught by
 * the health check, so detection is interval × unhealthy threshold. An `ec2` service is an Auto
 * Scaling group whose instances are replaced whole, so it pays a boot.
 * Example: Fargate, health check every 25 s, 2 failures → 25 s × 2 + 45 s = 95 s → 2 min.
 */
export function estimateTaskReplacement(service: Service): TaskReplacement {
  const { intervalSeconds, unhealthyThreshold } = service.healthCheck
  const detectionSeconds = intervalSeconds * unhealthyThreshold
  const isFargate = service.compute.kind === 'fargate'
  const startSeconds = isFargate ? FARGATE_TASK_START_SECONDS : EC2_INSTANCE_BOOT_SECONDS
  const totalSeconds = detectionSeconds + startSeconds
  const minutes = roundUpToHalfMinute(totalSeconds)
  return {
    serviceId: service.id,
    serviceName: service.name,
    intervalSeconds,
    unhealthyThreshold,
    detectionSeconds,
    startSeconds,
    totalSeconds,
    minutes,
    compute: isFargate ? 'fargate' : 'ec2',
  }
}

/** The service that takes longest to replace, or undefined when there are none. */
export function findSlowestReplacement(services: readonly Service[]): TaskReplacement | undefined {
  return services
    .map(estimateTaskReplacement)
    .reduce<TaskReplacement | undefined>((slowest, r) => (slowest && slowest.totalSeconds >= r.totalSeconds ? slowest : r), undefined)
}
