import type { ArchitectureConfig } from '../model'
import { combineModes } from './verdicts'
import { plain } from './recovery-reasons'
import { replacementSteps, runAtLeastOneTask } from './task-crash'
import { findSlowestReplacement } from './task-replacement'
import type { ScenarioDraft } from './types'

/**
 * The machine under a task dies. On Fargate AWS owns the host and ECS reschedules the task
 * elsewhere; for `ec2` services the Auto Scaling group's health check replaces the instance
 * (detection + ~180 s boot, 3–4 min). The bastion and a one-node cache are single machines too:
 * they are listed as single points of failure but do not change the mode, since the serving path
 * does not run through the bastion and the app can run on cache misses.
 * Example (swiftlogix): Fargate, 25 s × 2 + 45 s = 95 s → auto, RTO 2 min; 'bastion' listed.
 */
export function assessHostFailure(config: ArchitectureConfig): ScenarioDraft {
  const { services } = config
  const running = services.filter((s) => s.count.desired >= 1)
  const idle = services.filter((s) => s.count.desired < 1)
  const slowest = findSlowestReplacement(running)
  const hasBastion = config.adminAccess.bastion !== undefined
  const hasSingleCacheNode = config.cache?.nodes === 1
  const kinds = new Set(services.map((s) => s.compute.kind))
  return {
    id: 'host-failure',
    mode: combineModes(services.map((s) => (s.count.desired >= 1 ? 'auto' : 'manual'))),
    rtoMinutes: slowest && idle.length === 0 ? slowest.minutes : null,
    rpoMinutes: 0,
    reason: {
      code: 'recovery.host-failure.reason',
      params: {
        fargate: kinds.has('fargate'),
        ec2: kinds.has('ec2'),
        slowest: slowest ?? null,
        runningCount: running.length,
        singles: running.filter((s) => s.count.desired === 1).map((s) => s.name),
        idle: idle.map((s) => s.name),
        bastion: hasBastion,
        singleCacheNode: hasSingleCacheNode,
      },
    },
    steps: [
      ...(slowest ? replacementSteps(slowest, services.some((s) => s.loadBalancer !== undefined)) : []),
      ...(hasBastion ? [plain('recovery.step.bastion-not-replaced')] : []),
    ],
    singlePointsOfFailure: [
      ...running.filter((s) => s.count.desired === 1).map((s) => s.id),
      ...(hasBastion ? ['bastion'] : []),
      ...(hasSingleCacheNode ? ['cache'] : []),
    ],
    improvement: idle.length > 0 ? runAtLeastOneTask(idle.map((s) => s.name)) : null,
  }
}
