import type { ArchitectureConfig } from '../model'
import { combineModes } from './verdicts'
import { plain } from './recovery-reasons'
import { CIRCUIT_BREAKER_ROLLBACK_MINUTES, MANUAL_ROLLBACK_MINUTES } from './recovery-times'
import type { ScenarioDraft } from './types'

/**
 * A release whose tasks crash on start. With auto-rollback (ECS deployment circuit breaker, or
 * ASG instance refresh rollback) the last good revision comes back by itself in about 10 min;
 * without it a person rolls back in about 30 min. A bad release reaches every task of a service
 * alike, so extra tasks do not help and no single point of failure is named.
 * Example (swiftlogix): no service has auto-rollback → manual, RTO 30 min, RPO 0.
 */
export function assessBadDeploy(config: ArchitectureConfig): ScenarioDraft {
  const { services } = config
  const guarded = services.filter((s) => s.deployment.autoRollback).map((s) => s.name)
  const unguarded = services.filter((s) => !s.deployment.autoRollback).map((s) => s.name)
  const rtoMinutes = unguarded.length > 0 ? MANUAL_ROLLBACK_MINUTES : CIRCUIT_BREAKER_ROLLBACK_MINUTES
  return {
    id: 'bad-deploy',
    mode: combineModes(services.map((s) => (s.deployment.autoRollback ? 'auto' : 'manual'))),
    rtoMinutes,
    rpoMinutes: 0,
    reason: {
      code: 'recovery.bad-deploy.reason',
      params: { guarded, unguarded, breakerMinutes: CIRCUIT_BREAKER_ROLLBACK_MINUTES, manualMinutes: MANUAL_ROLLBACK_MINUTES },
    },
    steps: [
      plain('recovery.step.bad-revision-fails'),
      plain(unguarded.length === 0 ? 'recovery.step.breaker-marks-failed' : 'recovery.step.person-finds-revision'),
      plain(unguarded.length === 0 ? 'recovery.step.ecs-redeploys' : 'recovery.step.person-redeploys'),
    ],
    singlePointsOfFailure: [],
    improvement: unguarded.length > 0 ? { code: 'recovery.improve.auto-rollback', params: { services: unguarded } } : null,
  }
}
