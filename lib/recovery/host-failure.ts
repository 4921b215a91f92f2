import { joinTexts, listWords, text, type Text } from '../explain/text'
import type { ArchitectureConfig } from '../model'
import { withJosa } from '../narrative/josa'
import { combineModes } from './combine-modes'
import { describeOutage, describeReplacement, describeReplacementSteps, NO_TASK_RUNS, TASKS_KEEP_NO_DATA } from './describe-replacement'
import { runAtLeastOneTask } from './task-crash'
import { findSlowestReplacement } from './task-replacement'
import type { ScenarioDraft } from './types'

const FARGATE_OWNS_THE_HOST = text(
  'On Fargate AWS owns the host: the tasks on it stop and ECS reschedules them on another host.',
  'Fargate에서는 AWS가 호스트를 관리합니다. 그 호스트의 태스크가 멈추면 ECS가 다른 호스트에 다시 배치합니다.',
)
const ASG_REPLACES_THE_HOST = text(
  'For EC2 services the Auto Scaling group health check marks the instance unhealthy and launches a new one.',
  'EC2 서비스는 Auto Scaling 그룹의 헬스 체크가 인스턴스를 비정상으로 표시하고 새 인스턴스를 띄웁니다.',
)
const BASTION_IS_NOT_REPLACED = text(
  'The bastion is a single EC2 instance that nothing replaces: admin access is lost until someone launches a new one, but it is not on the serving path, so it does not change the mode.',
  '배스천은 대체되지 않는 단일 EC2 인스턴스입니다. 누군가 새로 띄울 때까지 관리자 접속이 끊기지만, 서비스 경로에 있지 않으므로 복구 방식은 바뀌지 않습니다.',
)
const SINGLE_CACHE_NODE = text(
  'The cache has a single node: ElastiCache replaces it after a few minutes, empty, and until then every read goes to the database.',
  '캐시 노드가 하나뿐입니다. ElastiCache가 몇 분 뒤 빈 노드로 교체하며, 그때까지 모든 읽기가 데이터베이스로 갑니다.',
)
const BASTION_STEP = text(
  'The bastion is not replaced: someone launches a new one when admin access is needed.',
  '배스천은 대체되지 않습니다. 관리자 접속이 필요할 때 누군가 새로 띄웁니다.',
)

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
  const idleNames = listWords(idle.map((s) => s.name))
  const slowest = findSlowestReplacement(running)
  const hasBastion = config.adminAccess.bastion !== undefined
  const hasSingleCacheNode = config.cache?.nodes === 1
  const kinds = new Set(services.map((s) => s.compute.kind))
  return {
    id: 'host-failure',
    mode: combineModes(services.map((s) => (s.count.desired >= 1 ? 'auto' : 'manual'))),
    rtoMinutes: slowest && idle.length === 0 ? slowest.minutes : null,
    rpoMinutes: 0,
    reason: joinTexts([
      kinds.has('fargate') && FARGATE_OWNS_THE_HOST,
      kinds.has('ec2') && ASG_REPLACES_THE_HOST,
      slowest ? describeReplacement(slowest) : NO_TASK_RUNS,
      describeOutage(running),
      idle.length > 0 && {
        en: `${idleNames.en} ${idle.length === 1 ? 'has' : 'have'} a desired count of 0, so nothing is kept running.`,
        ko: `${withJosa(idleNames.ko, '은/는')} 희망 태스크 수(desired count)가 0이라 유지되는 태스크가 없습니다.`,
      },
      hasBastion && BASTION_IS_NOT_REPLACED,
      hasSingleCacheNode && SINGLE_CACHE_NODE,
      TASKS_KEEP_NO_DATA,
    ]),
    steps: [
      ...(slowest ? describeReplacementSteps(slowest, services.some((s) => s.loadBalancer !== undefined)) : []),
      ...(hasBastion ? [BASTION_STEP] : []),
    ] satisfies Text[],
    singlePointsOfFailure: [
      ...running.filter((s) => s.count.desired === 1).map((s) => s.id),
      ...(hasBastion ? ['bastion'] : []),
      ...(hasSingleCacheNode ? ['cache'] : []),
    ],
    improvement: idle.length > 0 ? runAtLeastOneTask(idleNames) : null,
  }
}
