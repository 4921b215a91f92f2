import { LIMITS, setDbMultiAz, setNatGateways, setTasksPerService, type Scenario } from '../model'
import { evaluateScenario, type Evaluation } from './evaluate-scenario'
import type { OptionLabel } from './evaluate-reasons'

export type OptionDelta = {
  id: 'multi-az' | 'nat-per-az' | 'one-more-task'
  label: OptionLabel
  /** Monthly USD this option adds (negative when it saves). */
  deltaUsd: number
  deltaKrw: number
  /** Change in scenarios recovered automatically. */
  deltaAutoRecovery: number
  /** Change in scenarios recovered within the RTO/RPO objectives (a faster recovery can matter as much as an automatic one). */
  deltaWithinObjectives: number
  /** Change in the worst peak p95, in ms (Infinity-safe: null when either side is overloaded). */
  deltaWorstP95Ms: number | null
  applies: boolean
}

const withinObjectives = (e: Evaluation) => e.recovery.scenarios.filter((s) => s.meetsObjectives).length

function delta(base: Evaluation, next: Evaluation, krwPerUsd: number) {
  const deltaUsd = Math.round((next.cost.monthlyUsd - base.cost.monthlyUsd) * 100) / 100
  const finite = Number.isFinite(base.capacity.worstPeakP95Ms) && Number.isFinite(next.capacity.worstPeakP95Ms)
  return {
    deltaUsd,
    deltaKrw: Math.round(deltaUsd * krwPerUsd),
    deltaAutoRecovery: next.recovery.autoCount - base.recovery.autoCount,
    deltaWithinObjectives: withinObjectives(next) - withinObjectives(base),
    deltaWorstP95Ms: finite ? Math.round((next.capacity.worstPeakP95Ms - base.capacity.worstPeakP95Ms) * 10) / 10 : null,
  }
}

/**
 * What each of the seeds' recurring options would change from here: turning on Multi-AZ, a NAT per AZ,
 * one more task per service. Seed 000: Multi-AZ +15.44 USD (standby instance and storage); the database
 * already recovers by itself (RDS replaces its host), the standby brings it within the 5-minute objective.
 */
export function priceOptions(scenario: Scenario, base: Evaluation = evaluateScenario(scenario)): OptionDelta[] {
  const { config, requirements } = scenario
  const rate = requirements.budget.krwPerUsd
  const tasks = Math.max(...config.services.map((s) => s.count.desired))
  const variants: [OptionDelta['id'], OptionLabel, boolean, Scenario][] = [
    ['multi-az', { code: 'cost.option.multi-az', params: {} }, !config.database.multiAz, { ...scenario, config: setDbMultiAz(config, true) }],
    ['nat-per-az', { code: 'cost.option.nat-per-az', params: {} }, config.network.nat.mode !== 'per-az', { ...scenario, config: setNatGateways(config, 2) }],
    // At the model's task limit there is no valid "one more" (and the queueing maths refuses it).
    ['one-more-task', { code: 'cost.option.tasks-per-service', params: { tasks: tasks + 1 } }, tasks < LIMITS.tasksPerService, { ...scenario, config: setTasksPerService(config, tasks + 1) }],
  ]
  return variants.map(([id, label, applies, variant]) => ({
    id,
    label,
    applies,
    ...(applies ? delta(base, evaluateScenario(variant), rate) : { deltaUsd: 0, deltaKrw: 0, deltaAutoRecovery: 0, deltaWithinObjectives: 0, deltaWorstP95Ms: 0 }),
  }))
}
