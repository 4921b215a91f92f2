import { describe, expect, it } from 'vitest'
import { compareScenarios } from '@/lib/compare'
import { SEOUL_PLANS } from '@/lib/compare/seoul-plans.fixture'
import { withUnpricedReservations } from '@/data/presets/testing/unpriced-reservations'
import { axisTicks, buildComponentStack, buildCostBars, buildFindingsBars, buildLatencyBars, diffPairs, differingScenarios } from './chart-data'

const comparison = compareScenarios(SEOUL_PLANS)
const names = ['Plan 1', 'Plan 2', 'Plan 3', 'Final']

describe('compare chart data', () => {
  it('gives each plan its typical and peak month, flags unknown lines by count, and fits the budget', () => {
    const { rows, axisMaxUsd, ticks } = buildCostBars(comparison, names)
    expect(rows.map((r) => [r.name, r.typicalUsd, r.peakUsd, r.unknownCount])).toEqual([
      ['Plan 1', 391.5, 401.05, 0],
      ['Plan 2', 295.03, 303.21, 0],
      ['Plan 3', 209.53, 219.76, 0],
      ['Final', 304.39, 312.57, 0],
    ])
    expect(axisMaxUsd).toBe(500)
    expect(ticks).toEqual([0, 100, 200, 300, 400, 500])
  })

  it('stacks known cost per component and names the components with unknown lines', () => {
    // Plan 3 with 3-year reservations, which no source prices in Seoul: its database, cache and bastion lines are unknown.
    const plans = SEOUL_PLANS.map((p, i) => (i === 2 ? { ...p, scenario: withUnpricedReservations(p.scenario) } : p))
    const { rows, components } = buildComponentStack(compareScenarios(plans), names)
    expect(components).toContain('database')
    expect(rows[2]!.database).toBe(5.24)
    expect(rows[2]!.unknownComponents).toEqual(['database', 'cache', 'admin-access'])
    expect(rows[3]!.unknownComponents).toEqual([])
    // The known parts add up to the report's total.
    for (const row of rows) expect(components.reduce((sum, c) => sum + (row[c] ?? 0), 0)).toBeCloseTo(row.totalUsd, 2)
  })

  it('draws an overloaded plan to the top of the latency axis and flags it', () => {
    const overloaded = structuredClone(SEOUL_PLANS[3]!)
    overloaded.scenario.requirements.traffic.peak.rps = 5000
    const { rows, yMaxMs, slaMs } = buildLatencyBars(compareScenarios([SEOUL_PLANS[0]!, overloaded]), ['A', 'B'])
    expect(slaMs).toBe(1000)
    expect(rows[1]).toMatchObject({ peakOverloaded: true, peakMs: yMaxMs, meetsSla: false })
    expect(rows[0]!.peakOverloaded).toBe(false)
  })

  it('counts findings per plan', () => {
    expect(buildFindingsBars(comparison, names).map((r) => r.low)).toEqual([2, 2, 1, 1])
  })

  it('pairs plans consecutively or against the first', () => {
    expect(diffPairs(4, 'consecutive')).toEqual([[0, 1], [1, 2], [2, 3]])
    expect(diffPairs(3, 'first')).toEqual([[0, 1], [0, 2]])
    expect(diffPairs(1, 'first')).toEqual([])
  })

  it('marks the scenarios where the plans differ: the AZ outage and the NAT loss', () => {
    expect([...differingScenarios(comparison)]).toEqual(['az-outage', 'nat-loss'])
  })

  it('makes five even ticks', () => {
    expect(axisTicks(1200)).toEqual([0, 240, 480, 720, 960, 1200])
  })
})
