'use client'

import { useDashboardStore } from './dashboard-store'
import { evaluationOf } from './evaluation-cache'

/** The engine's figures for the scenario in the store, computed once per scenario. */
export function useEvaluation() {
  const scenario = useDashboardStore((s) => s.scenario)
  return { scenario, evaluation: evaluationOf(scenario) }
}
