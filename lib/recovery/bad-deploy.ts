import type { ArchitectureConfig } from '../model'
import { combineModes } from './combine-modes'
import { joinWords } from './join-words'
import { CIRCUIT_BREAKER_ROLLBACK_MINUTES, MANUAL_ROLLBACK_MINUTES } from './recovery-times'
import { SCENARIO_TITLES } from './scenario-titles'
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
  const guarded = services.filter((s) => s.deployment.autoRollback)
  const unguarded = services.filter((s) => !s.deployment.autoRollback)
  const unguardedNames = joinWords(unguarded.map((s) => s.name))
  const rtoMinutes = unguarded.length > 0 ? MANUAL_ROLLBACK_MINUTES : CIRCUIT_BREAKER_ROLLBACK_MINUTES
  const breaker = `the deployment circuit breaker stops a release whose tasks keep failing and redeploys the last good revision (about ${CIRCUIT_BREAKER_ROLLBACK_MINUTES} min)`
  const person = `a crash-looping release keeps failing until someone redeploys the previous revision (about ${MANUAL_ROLLBACK_MINUTES} min)`
  const reason =
    unguarded.length === 0
      ? `Every service has auto-rollback: ${breaker}.`
      : guarded.length === 0
        ? `No service has auto-rollback, so ${person}.`
        : `${joinWords(guarded.map((s) => s.name))} roll${guarded.length === 1 ? 's' : ''} back by itself: ${breaker}. ` +
          `${unguardedNames} ${unguarded.length === 1 ? 'has' : 'have'} no auto-rollback, so ${person}.`
  return {
    id: 'bad-deploy',
    title: SCENARIO_TITLES['bad-deploy'],
    mode: combineModes(services.map((s) => (s.deployment.autoRollback ? 'auto' : 'manual'))),
    rtoMinutes,
    rpoMinutes: 0,
    reason: `${reason} Tasks keep no data, so nothing is lost (RPO 0).`,
    steps: [
      'New tasks start from the bad revision and fail their health checks, again and again.',
      unguarded.length === 0
        ? 'After enough failed tasks (at least 3) the circuit breaker marks the deployment failed.'
        : 'Alarms or users report errors; a person finds the bad revision.',
      unguarded.length === 0
        ? 'ECS redeploys the last good revision and the service is healthy again.'
        : 'The person redeploys the previous revision and the service is healthy again.',
    ],
    singlePointsOfFailure: [],
    improvement: unguarded.length > 0 ? `Turn on deployment auto-rollback for ${unguardedNames}` : null,
  }
}
