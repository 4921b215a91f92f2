import { joinTexts, listWords } from '../explain/text'
import type { ArchitectureConfig } from '../model'
import { withJosa } from '../narrative/josa'
import { combineModes } from './combine-modes'
import { describeOutage, describeReplacement, describeReplacementSteps, NO_TASK_RUNS, TASKS_KEEP_NO_DATA } from './describe-replacement'
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
  const idleNames = listWords(idle.map((s) => s.name))
  const slowest = findSlowestReplacement(running)
  return {
    id: 'task-crash',
    mode: combineModes(services.map((s) => (s.count.desired >= 1 ? 'auto' : 'manual'))),
    // A service at desired 0 never comes back on its own, so its time is unbounded.
    rtoMinutes: slowest && idle.length === 0 ? slowest.minutes : null,
    rpoMinutes: 0,
    reason: joinTexts([
      slowest ? describeReplacement(slowest) : NO_TASK_RUNS,
      describeOutage(running),
      idle.length > 0 && {
        en: `${idleNames.en} ${idle.length === 1 ? 'has' : 'have'} a desired count of 0, so ECS keeps no task running and nothing starts one again.`,
        ko: `${withJosa(idleNames.ko, '은/는')} 희망 태스크 수(desired count)가 0이라 ECS가 태스크를 유지하지 않고, 다시 시작하는 것도 없습니다.`,
      },
      TASKS_KEEP_NO_DATA,
    ]),
    steps: slowest ? describeReplacementSteps(slowest, services.some((s) => s.loadBalancer !== undefined)) : [],
    singlePointsOfFailure: running.filter((s) => s.count.desired === 1).map((s) => s.id),
    improvement: idle.length > 0 ? runAtLeastOneTask(idleNames) : null,
  }
}

/** The change that brings a service at desired 0 back under ECS's care. */
export function runAtLeastOneTask(names: { en: string; ko: string }) {
  return {
    en: `Run at least 1 task (desired count ≥ 1) of ${names.en}`,
    ko: `${names.ko}의 태스크를 1개 이상 실행하기(desired count ≥ 1)`,
  }
}
