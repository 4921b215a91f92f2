'use client'

import { useDeferredValue } from 'react'
import { useRegionBook } from '@/components/pricing/use-region-book'
import { useDashboardStore } from './dashboard-store'
import { evaluationOf } from './evaluation-cache'

/** The engine's figures for the scenario in the store, computed once per scenario and price book. */
export function useEvaluation() {
  const scenario = useDashboardStore((s) => s.scenario)
  const version = useRegionBook(scenario.config.region)
  return { scenario, evaluation: evaluationOf(scenario, version) }
}

/**
 * The same figures, but allowed to lag one render behind: heavy sections (the topology, the
 * charts) use it so a slider moves the KPI strip first and redraws the rest when React has time.
 */
export function useDeferredEvaluation() {
  const scenario = useDeferredValue(useDashboardStore((s) => s.scenario))
  const version = useRegionBook(scenario.config.region)
  return { scenario, evaluation: evaluationOf(scenario, version) }
}
