import type { Scenario } from '../model'
import { assessCapacity, type CapacityAssessment } from '../capacity'
import { computeMonthlyCost, type CostReport } from '../cost'
import { assessRecovery, type RecoveryAssessment } from '../recovery'
import { assessSecurity, type SecurityAssessment } from '../security'

/** Every figure the dashboard, the CLI and the reports show, from one scenario. */
export type Evaluation = {
  cost: CostReport
  recovery: RecoveryAssessment
  capacity: CapacityAssessment
  security: SecurityAssessment
}

/**
 * Runs the engines in dependency order: capacity first, because the cost band bills the tasks
 * the autoscaler runs during the peak event.
 */
export function evaluateScenario({ config, requirements }: Scenario): Evaluation {
  const capacity = assessCapacity(config, requirements)
  const peakTasks = new Map(capacity.services.map((s) => [s.serviceId, s.peakTasks]))
  return {
    capacity,
    cost: computeMonthlyCost(config, requirements, { peakCount: (s) => peakTasks.get(s.id) ?? s.count.desired }),
    recovery: assessRecovery(config, requirements),
    security: assessSecurity(config, requirements),
  }
}
