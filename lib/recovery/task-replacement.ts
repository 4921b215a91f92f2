import type { Text } from '../explain/text'
import type { Service } from '../model'
import { EC2_INSTANCE_BOOT_SECONDS, FARGATE_TASK_START_SECONDS } from './recovery-times'
import { roundUpToHalfMinute } from './round-minutes'

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
  /** "25 s × 2 + 45 s = 95 s → 2 min" */
  formula: string
  /** Who starts the replacement, as a sentence starts: "ECS" or "The Auto Scaling group". */
  replacer: Text
  /** What the start time is: "a Fargate task pulls its image and starts in about 45 s". */
  startDescription: Text
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
    formula: `${intervalSeconds} s × ${unhealthyThreshold} + ${startSeconds} s = ${totalSeconds} s → ${minutes} min`,
    replacer: isFargate ? { en: 'ECS', ko: 'ECS' } : { en: 'The Auto Scaling group', ko: 'Auto Scaling 그룹' },
    startDescription: isFargate
      ? { en: `a Fargate task pulls its image and starts in about ${startSeconds} s`, ko: `Fargate 태스크가 이미지를 받아 시작하는 데 약 ${startSeconds}초` }
      : { en: `an EC2 instance boots and registers in about ${startSeconds} s`, ko: `EC2 인스턴스가 부팅해 등록되는 데 약 ${startSeconds}초` },
  }
}

/** The service that takes longest to replace, or undefined when there are none. */
export function findSlowestReplacement(services: readonly Service[]): TaskReplacement | undefined {
  return services
    .map(estimateTaskReplacement)
    .reduce<TaskReplacement | undefined>((slowest, r) => (slowest && slowest.totalSeconds >= r.totalSeconds ? slowest : r), undefined)
}
