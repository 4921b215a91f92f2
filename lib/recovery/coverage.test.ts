import { describe, expect, it } from 'vitest'
import { computeCoverage } from './coverage'
import type { RecoveryMode, ScenarioAssessment } from './types'

function scenarios(modes: RecoveryMode[]): ScenarioAssessment[] {
  return modes.map((mode) => ({
    id: 'task-crash',
    title: { code: 'recovery.title.task-crash', params: {} },
    mode,
    rtoMinutes: 0,
    rpoMinutes: 0,
    reason: { code: 'recovery.database.no-backups', params: {} },
    steps: [],
    singlePointsOfFailure: [],
    meetsObjectives: true,
    improvement: null,
  }))
}

describe('computeCoverage', () => {
  it('counts 5 automatic scenarios of 8 as 62.5 %', () => {
    const c = computeCoverage(scenarios(['auto', 'auto', 'auto', 'auto', 'auto', 'partial', 'manual', 'manual']))
    expect(c.value).toBe(0.625)
    expect(c.formula).toEqual({ code: 'recovery.coverage.share', params: { auto: 5, total: 8, share: 0.625 } })
    expect(c.inputs).toEqual({ auto: 5, partial: 1, manual: 2, scenarios: 8 })
  })

  it('does not count partial recovery', () => {
    expect(computeCoverage(scenarios(['partial', 'partial'])).value).toBe(0)
  })
})
