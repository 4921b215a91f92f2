import type { ArchitectureConfig, Service } from '../model'
import { combineModes } from './verdicts'
import { plain } from './recovery-reasons'
import { CIRCUIT_BREAKER_ROLLBACK_MINUTES, MANUAL_ROLLBACK_MINUTES } from './recovery-times'
import type { RecoveryMode, ScenarioDraft } from './types'

/**
 * An `ec2` service's instance refresh keeps 90 % healthy (min_healthy_percentage 90, as exported)
 * and launches no instance before terminating one, so a group of one instance loses it to the
 * bad release; larger groups and every ECS service keep old copies serving.
 */
function losesItsOnlyCopy(service: Service): boolean {
  return service.compute.kind === 'ec2' && service.count.desired < 2
}

/**
 * A release whose tasks crash on start. ECS's rolling update keeps the old tasks: with minimum
 * healthy 100 % (the default for a replica service) it stops an old task only once a new one is
 * healthy (Amazon ECS Developer Guide, "Deploy Amazon ECS services by replacing tasks"), so a
 * release that never gets healthy causes no outage. With the deployment circuit breaker and
 * rollback the service returns to the last good revision by itself (auto); without, the deployment
 * stalls with the old tasks serving until a person rolls back (partial, never an outage). An ASG
 * instance refresh rolls back (auto_rollback) or stalls alike, except that a one-instance group is
 * down until the rollback. RTO counts only time users are without service.
 * Example (swiftlogix): no service has auto-rollback → partial, RTO 0, RPO 0.
 */
export function assessBadDeploy(config: ArchitectureConfig): ScenarioDraft {
  const { services } = config
  const names = (keep: (s: Service) => boolean) => services.filter(keep).map((s) => s.name)
  const unguarded = names((s) => !s.deployment.autoRollback)
  const modeOf = (s: Service): RecoveryMode => (s.deployment.autoRollback ? 'auto' : losesItsOnlyCopy(s) ? 'manual' : 'partial')
  const outageMinutes = services.filter(losesItsOnlyCopy).map((s) => (s.deployment.autoRollback ? CIRCUIT_BREAKER_ROLLBACK_MINUTES : MANUAL_ROLLBACK_MINUTES))
  return {
    id: 'bad-deploy',
    mode: combineModes(services.map(modeOf)),
    rtoMinutes: Math.max(0, ...outageMinutes),
    rpoMinutes: 0,
    reason: {
      code: 'recovery.bad-deploy.reason',
      params: {
        guarded: names((s) => s.deployment.autoRollback),
        unguarded,
        singleInstance: names(losesItsOnlyCopy),
        breakerMinutes: CIRCUIT_BREAKER_ROLLBACK_MINUTES,
        manualMinutes: MANUAL_ROLLBACK_MINUTES,
      },
    },
    steps: [
      plain('recovery.step.bad-revision-fails'),
      plain('recovery.step.old-tasks-serve'),
      ...(unguarded.length === 0
        ? [plain('recovery.step.breaker-marks-failed'), plain('recovery.step.ecs-redeploys')]
        : [plain('recovery.step.deployment-stalls'), plain('recovery.step.person-redeploys')]),
    ],
    singlePointsOfFailure: [],
    improvement: unguarded.length > 0 ? { code: 'recovery.improve.auto-rollback', params: { services: unguarded } } : null,
  }
}
