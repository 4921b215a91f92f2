import type { ArchitectureConfig } from '../model'
import { combineModes } from './combine-modes'
import { describeOutage, describeReplacement, describeReplacementSteps } from './describe-replacement'
import { joinWords } from './join-words'
import { SCENARIO_TITLES } from './scenario-titles'
import { findSlowestReplacement } from './task-replacement'
import type { ScenarioDraft } from './types'

/**
 * A task crashes or runs out of memory. ECS (or the Auto Scaling group, for `ec2` services) keeps
 * the desired count running, so every service with desired ≥ 1 recovers by itself; one with
 * desired 0 has no task for anyone to keep running.
 * Example (swiftlogix): 3 Fargate services × 2 tasks, health check 25 s × 2 →
 * auto, 25 s × 2 + 45 s = 95 s → RTO 2 min, RPO 0, and no outage (the other task keeps serving).
 */
export function assessTaskCrash(config: ArchitectureConfig): ScenarioDraft {
  const { services } = config
  const running = services.filter((s) => s.count.desired >= 1)
  const idle = services.filter((s) => s.count.desired < 1)
  const idleNames = joinWords(idle.map((s) => s.name))
  const slowest = findSlowestReplacement(running)
  return {
    id: 'task-crash',
    title: SCENARIO_TITLES['task-crash'],
    mode: combineModes(services.map((s) => (s.count.desired >= 1 ? 'auto' : 'manual'))),
    // A service at desired 0 never comes back on its own, so its time is unbounded.
    rtoMinutes: slowest && idle.length === 0 ? slowest.minutes : null,
    rpoMinutes: 0,
    reason: [
      slowest ? describeReplacement(slowest) : 'No service runs a task.',
      describeOutage(running),
      idle.length > 0
        ? `${idleNames} ${idle.length === 1 ? 'has' : 'have'} a desired count of 0, so ECS keeps no task running and nothing starts one again.`
        : '',
      'Tasks keep no data, so nothing is lost (RPO 0).',
    ]
      .filter(Boolean)
      .join(' '),
    steps: slowest ? describeReplacementSteps(slowest, services.some((s) => s.loadBalancer !== undefined)) : [],
    singlePointsOfFailure: running.filter((s) => s.count.desired === 1).map((s) => s.id),
    improvement: idle.length > 0 ? `Run at least 1 task (desired count ≥ 1) of ${idleNames}` : null,
  }
}
