import type { Scenario } from '../model'
import { assessCapacity, type CapacityAssessment } from '../capacity'
import { computeMonthlyCost, type CostReport } from '../cost'
import { assessRecovery, type RecoveryAssessment } from '../recovery'
import { assessSecurity, type SecurityAssessment } from '../security'
import { checkDesign, type DesignCheck } from '../design-check'

/** Every figure the dashboard, the CLI and the reports show, from one scenario. */
export type Evaluation = {
  /** Whether the design can start at all; when it cannot, the other answers describe a design that never runs. */
  design: DesignCheck
  cost: CostReport
  recovery: RecoveryAssessment
  capacity: CapacityAssessment
  security: SecurityAssessment
}

/**
 * Checks the design can start, then runs the engines in dependency order: capacity first, because the cost band bills the tasks
 * the autoscaler runs during the peak event.
 */
export function evaluateScenario({ config, requirements }: Scenario, engines: { security?: typeof assessSecurity; capacity?: typeof assessCapacity } = {}): Evaluation {
  // The advisor passes engines that reuse answers across designs with the same inputs.
  const capacity = (engines.capacity ?? assessCapacity)(config, requirements)
  const peakTasks = new Map(capacity.services.map((s) => [s.serviceId, s.peakTasks]))
  return {
    design: checkDesign(config),
    capacity,
    cost: computeMonthlyCost(config, requirements, { peakCount: (s) => peakTasks.get(s.id) ?? s.count.desired }),
    recovery: assessRecovery(config, requirements),
    security: (engines.security ?? assessSecurity)(config, requirements),
  }
}
