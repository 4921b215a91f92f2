import type { ArchitectureConfig } from '../model'
import { combineModes } from './combine-modes'
import { describeOutage, describeReplacement, describeReplacementSteps } from './describe-replacement'
import { joinWords } from './join-words'
import { SCENARIO_TITLES } from './scenario-titles'
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
  const idleNames = joinWords(idle.map((s) => s.name))
  const slowest = findSlowestReplacement(running)
  const hasBastion = config.adminAccess.bastion !== undefined
  const hasSingleCacheNode = config.cache?.nodes === 1
  return {
    id: 'host-failure',
    title: SCENARIO_TITLES['host-failure'],
    mode: combineModes(services.map((s) => (s.count.desired >= 1 ? 'auto' : 'manual'))),
    rtoMinutes: slowest && idle.length === 0 ? slowest.minutes : null,
    rpoMinutes: 0,
    reason: [
      describeHostOwner(config),
      slowest ? describeReplacement(slowest) : 'No service runs a task.',
      describeOutage(running),
      idle.length > 0 ? `${idleNames} ${idle.length === 1 ? 'has' : 'have'} a desired count of 0, so nothing is kept running.` : '',
      hasBastion
        ? 'The bastion is a single EC2 instance that nothing replaces: admin access is lost until someone launches a new one, but it is not on the serving path, so it does not change the mode.'
        : '',
      hasSingleCacheNode
        ? 'The cache has a single node: ElastiCache replaces it after a few minutes, empty, and until then every read goes to the database.'
        : '',
      'Tasks keep no data, so nothing is lost (RPO 0).',
    ]
      .filter(Boolean)
      .join(' '),
    steps: [
      ...(slowest ? describeReplacementSteps(slowest, services.some((s) => s.loadBalancer !== undefined)) : []),
      ...(hasBastion ? ['The bastion is not replaced: someone launches a new one when admin access is needed.'] : []),
    ],
    singlePointsOfFailure: [
      ...running.filter((s) => s.count.desired === 1).map((s) => s.id),
      ...(hasBastion ? ['bastion'] : []),
      ...(hasSingleCacheNode ? ['cache'] : []),
    ],
    improvement: idle.length > 0 ? `Run at least 1 task (desired count ≥ 1) of ${idleNames}` : null,
  }
}

/** Who notices a dead host: AWS for Fargate, the Auto Scaling group's health check for EC2. */
function describeHostOwner(config: ArchitectureConfig): string {
  const kinds = new Set(config.services.map((s) => s.compute.kind))
  const fargate = 'On Fargate AWS owns the host: the tasks on it stop and ECS reschedules them on another host.'
  const ec2 = 'For EC2 services the Auto Scaling group health check marks the instance unhealthy and launches a new one.'
  return [kinds.has('fargate') ? fargate : '', kinds.has('ec2') ? ec2 : ''].filter(Boolean).join(' ')
}
