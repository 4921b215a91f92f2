import { describe, expect, it } from 'vitest'
import type { RecoveryMode, ScenarioAssessment } from './types'
import { roundUpToHalfMinute } from './recovery-times'
import { combineModes, computeCoverage, meetsObjectives } from './verdicts'

describe('combineModes', () => {
  it('is auto only when every part is auto', () => {
    expect(combineModes(['auto', 'auto'])).toBe('auto')
  })

  it('is manual only when every part is manual', () => {
    expect(combineModes(['manual', 'manual'])).toBe('manual')
  })

  it('is partial when auto and manual parts mix', () => {
    expect(combineModes(['auto', 'manual', 'auto'])).toBe('partial')
  })

  it('treats a partial part as partial', () => {
    expect(combineModes(['partial'])).toBe('partial')
  })

  it('treats no parts as auto', () => {
    expect(combineModes([])).toBe('auto')
  })
})

describe('roundUpToHalfMinute', () => {
  it('rounds 95 seconds up to 2 minutes', () => {
    expect(roundUpToHalfMinute(95)).toBe(2)
  })

  it('keeps an exact half minute as it is', () => {
    expect(roundUpToHalfMinute(90)).toBe(1.5)
  })

  it('rounds one second past a half minute up to the next half minute', () => {
    expect(roundUpToHalfMinute(31)).toBe(1)
  })

  it('reports no time as zero minutes', () => {
    expect(roundUpToHalfMinute(0)).toBe(0)
  })
})

const fiveAndFive = { rtoMinutes: 5, rpoMinutes: 5 }

describe('meetsObjectives', () => {
  it('meets a 5-minute RTO and RPO with 2 minutes and no data loss', () => {
    expect(meetsObjectives(2, 0, fiveAndFive)).toBe(true)
  })

  it('counts times equal to the objective as met', () => {
    expect(meetsObjectives(5, 5, fiveAndFive)).toBe(true)
  })

  it('fails when either time is over its objective', () => {
    expect(meetsObjectives(60, 5, fiveAndFive)).toBe(false)
    expect(meetsObjectives(2, 6, fiveAndFive)).toBe(false)
  })

  it('never meets objectives with an unbounded time', () => {
    expect(meetsObjectives(null, 0, fiveAndFive)).toBe(false)
    expect(meetsObjectives(2, null, fiveAndFive)).toBe(false)
  })
})

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
