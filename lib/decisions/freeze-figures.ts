import { evaluateScenario, type Evaluation } from '../evaluate'
import type { Scenario } from '../model'
import type { FrozenFigures } from './types'

/**
 * The headline figures of an evaluation, as a decision records them: cost, budget, automatic
 * recovery, worst p95 at peak and high findings, plus the price catalog they were priced with.
 * `worstP95Ms` is null when a service is overloaded at peak (the queue grows without bound), since
 * JSON has no Infinity. Pure: e.g. swiftlogix → { monthlyUsd: 200.87…, autoRecovered: 3, … }.
 * The server freezes a decision's figures with this from the stored versions; the dashboard uses
 * the same function to show figures side by side, so both always agree.
 */
export function freezeFigures(evaluation: Evaluation): FrozenFigures {
  const { cost, recovery, capacity, security } = evaluation
  const worst = capacity.services.length > 0 ? capacity.worstPeakP95Ms : null
  return {
    monthlyUsd: cost.monthlyUsd,
    monthlyKrw: cost.monthlyKrw,
    costComplete: cost.complete,
    withinBudget: cost.budget.withinBudget,
    autoRecovered: recovery.autoCount,
    scenarioCount: recovery.scenarios.length,
    worstP95Ms: worst !== null && Number.isFinite(worst) ? worst : null,
    meetsSla: capacity.meetsSla,
    highFindings: security.counts.high,
    priceCatalogCompiled: cost.priceCatalogCompiled,
  }
}

/** Evaluates a scenario with today's engine and prices, and freezes its figures. */
export function freezeScenarioFigures(scenario: Scenario): FrozenFigures {
  return freezeFigures(evaluateScenario(scenario))
}
