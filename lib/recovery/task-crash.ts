import type { ArchitectureConfig } from '../model'
import { combineModes } from './verdicts'
import type { Improvement, RecoveryStep } from './recovery-reasons'
import { findSlowestReplacement, type TaskReplacement } from './task-replacement'
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
  const slowest = findSlowestReplacement(running)
  return {
    id: 'task-crash',
    mode: combineModes(services.map((s) => (s.count.desired >= 1 ? 'auto' : 'manual'))),
    // A service at desired 0 never comes back on its own, so its time is unbounded.
    rtoMinutes: slowest && idle.length === 0 ? slowest.minutes : null,
    rpoMinutes: 0,
    reason: {
      code: 'recovery.task-crash.reason',
      params: {
        slowest: slowest ?? null,
        runningCount: running.length,
        singles: running.filter((s) => s.count.desired === 1).map((s) => s.name),
        idle: idle.map((s) => s.name),
      },
    },
    steps: slowest ? replacementSteps(slowest, services.some((s) => s.loadBalancer !== undefined)) : [],
    singlePointsOfFailure: running.filter((s) => s.count.desired === 1).map((s) => s.id),
    improvement: idle.length > 0 ? runAtLeastOneTask(idle.map((s) => s.name)) : null,
  }
}

/** The change that brings services at desired 0 back under ECS's care. */
export function runAtLeastOneTask(services: string[]): Improvement {
  return { code: 'recovery.improve.run-one-task', params: { services } }
}

/**
 * detect → replace → healthy, with the slowest service's numbers.
 * Example: health-check-fails (2 × 25 s = 50 s), replacement-starts (Fargate, 45 s), replacement-healthy.
 */
export function replacementSteps(r: TaskReplacement, loadBalanced: boolean): RecoveryStep[] {
  return [
    { code: 'recovery.step.health-check-fails', params: { unhealthyThreshold: r.unhealthyThreshold, intervalSeconds: r.intervalSeconds, detectionSeconds: r.detectionSeconds } },
    { code: 'recovery.step.replacement-starts', params: { compute: r.compute, startSeconds: r.startSeconds } },
    { code: 'recovery.step.replacement-healthy', params: { loadBalanced } },
  ]
}
