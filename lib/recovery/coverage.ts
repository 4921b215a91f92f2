import type { RecoveryAssessment, ScenarioAssessment } from './types'

/**
 * Share of scenarios that recover automatically; partial ones do not count.
 * Example: 5 auto of 8 → value 0.625, formula "5 of 8 scenarios recover automatically = 62.5 %".
 */
export function computeCoverage(scenarios: readonly ScenarioAssessment[]): RecoveryAssessment['coverage'] {
  const count = (mode: ScenarioAssessment['mode']) => scenarios.filter((s) => s.mode === mode).length
  const auto = count('auto')
  const total = scenarios.length
  const value = total === 0 ? null : auto / total
  return {
    value,
    unit: 'share of scenarios',
    formula: value === null ? { code: 'recovery.coverage.none', params: {} } : { code: 'recovery.coverage.share', params: { auto, total, share: value } },
    inputs: { auto, partial: count('partial'), manual: count('manual'), scenarios: total },
  }
}
