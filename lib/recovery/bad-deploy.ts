import { listWords, text, type Text } from '../explain/text'
import type { ArchitectureConfig } from '../model'
import { withJosa } from '../narrative/josa'
import { combineModes } from './combine-modes'
import { TASKS_KEEP_NO_DATA } from './describe-replacement'
import { CIRCUIT_BREAKER_ROLLBACK_MINUTES, MANUAL_ROLLBACK_MINUTES } from './recovery-times'
import type { ScenarioDraft } from './types'

const BREAKER = text(
  `the deployment circuit breaker stops a release whose tasks keep failing and redeploys the last good revision (about ${CIRCUIT_BREAKER_ROLLBACK_MINUTES} min)`,
  `배포 서킷 브레이커가 태스크가 계속 실패하는 릴리스를 멈추고 마지막 정상 리비전을 다시 배포합니다(약 ${CIRCUIT_BREAKER_ROLLBACK_MINUTES}분)`,
)
const PERSON = text(
  `a crash-looping release keeps failing until someone redeploys the previous revision (about ${MANUAL_ROLLBACK_MINUTES} min)`,
  `크래시 루프에 빠진 릴리스는 누군가 이전 리비전을 다시 배포할 때까지 계속 실패합니다(약 ${MANUAL_ROLLBACK_MINUTES}분)`,
)

/**
 * A release whose tasks crash on start. With auto-rollback (ECS deployment circuit breaker, or
 * ASG instance refresh rollback) the last good revision comes back by itself in about 10 min;
 * without it a person rolls back in about 30 min. A bad release reaches every task of a service
 * alike, so extra tasks do not help and no single point of failure is named.
 * Example (swiftlogix): no service has auto-rollback → manual, RTO 30 min, RPO 0.
 */
export function assessBadDeploy(config: ArchitectureConfig): ScenarioDraft {
  const { services } = config
  const guarded = services.filter((s) => s.deployment.autoRollback)
  const unguarded = services.filter((s) => !s.deployment.autoRollback)
  const unguardedNames = listWords(unguarded.map((s) => s.name))
  const rtoMinutes = unguarded.length > 0 ? MANUAL_ROLLBACK_MINUTES : CIRCUIT_BREAKER_ROLLBACK_MINUTES
  return {
    id: 'bad-deploy',
    mode: combineModes(services.map((s) => (s.deployment.autoRollback ? 'auto' : 'manual'))),
    rtoMinutes,
    rpoMinutes: 0,
    reason: joinWithNoDataLost(describeRollback(guarded.map((s) => s.name), unguardedNames, unguarded.length)),
    steps: [
      text(
        'New tasks start from the bad revision and fail their health checks, again and again.',
        '새 태스크가 잘못된 리비전으로 시작해 헬스 체크에 거듭 실패합니다.',
      ),
      unguarded.length === 0
        ? text(
            'After enough failed tasks (at least 3) the circuit breaker marks the deployment failed.',
            '실패한 태스크가 충분히 쌓이면(최소 3개) 서킷 브레이커가 배포를 실패로 표시합니다.',
          )
        : text('Alarms or users report errors; a person finds the bad revision.', '경보나 사용자가 오류를 알리고, 사람이 잘못된 리비전을 찾아냅니다.'),
      unguarded.length === 0
        ? text('ECS redeploys the last good revision and the service is healthy again.', 'ECS가 마지막 정상 리비전을 다시 배포하고 서비스가 정상으로 돌아옵니다.')
        : text(
            'The person redeploys the previous revision and the service is healthy again.',
            '그 사람이 이전 리비전을 다시 배포하고 서비스가 정상으로 돌아옵니다.',
          ),
    ],
    singlePointsOfFailure: [],
    improvement:
      unguarded.length > 0
        ? { en: `Turn on deployment auto-rollback for ${unguardedNames.en}`, ko: `${unguardedNames.ko}에 배포 자동 롤백 켜기` }
        : null,
  }
}

/** Who rolls back: the circuit breaker, a person, or each for some of the services. */
function describeRollback(guardedNames: readonly string[], unguardedNames: Text, unguardedCount: number): Text {
  if (unguardedCount === 0) return { en: `Every service has auto-rollback: ${BREAKER.en}.`, ko: `모든 서비스에 자동 롤백이 있습니다. ${BREAKER.ko}.` }
  if (guardedNames.length === 0) return { en: `No service has auto-rollback, so ${PERSON.en}.`, ko: `자동 롤백이 있는 서비스가 없어, ${PERSON.ko}.` }
  const guarded = listWords(guardedNames)
  return {
    en:
      `${guarded.en} roll${guardedNames.length === 1 ? 's' : ''} back by itself: ${BREAKER.en}. ` +
      `${unguardedNames.en} ${unguardedCount === 1 ? 'has' : 'have'} no auto-rollback, so ${PERSON.en}.`,
    ko: `${withJosa(guarded.ko, '은/는')} 스스로 롤백합니다. ${BREAKER.ko}. ${unguardedNames.ko}에는 자동 롤백이 없어, ${PERSON.ko}.`,
  }
}

function joinWithNoDataLost(reason: Text): Text {
  return { en: `${reason.en} ${TASKS_KEEP_NO_DATA.en}`, ko: `${reason.ko} ${TASKS_KEEP_NO_DATA.ko}` }
}
