import { describe, expect, it } from 'vitest'
import { buildCostWaterfall, waterfallAxisMaxUsd } from './cost-waterfall'
import { propsOf, unpricedPropsOf } from './helpers.fixture'

describe('buildCostWaterfall', () => {
  it('stacks each component on the ones before it and ends on the report total (swiftlogix)', () => {
    const { cost } = propsOf('swiftlogix').evaluation
    const rows = buildCostWaterfall(cost, 'en')
    expect(rows.map((r) => r.key)).toEqual(['compute', 'database', 'monitoring', 'network', 'load-balancer', 'admin-access', 'data-transfer', 'total'])
    expect(rows[0]).toMatchObject({ baseUsd: 0, knownUsd: 108.12, unknownCount: 0 })
    expect(rows[1]).toMatchObject({ baseUsd: 108.12, knownUsd: 15.44 })
    const last = rows.at(-2)!
    expect(last.baseUsd + last.knownUsd).toBeCloseTo(cost.monthlyUsd, 2)
    expect(rows.at(-1)).toMatchObject({ isTotal: true, baseUsd: 0, knownUsd: 200.87, unknownCount: 0 })
  })

  it('counts unknown lines instead of adding them as $0 (plan 2 on reservations no source prices: RDS, cache and bastion)', () => {
    const { cost } = unpricedPropsOf('swiftlogix-seoul-plan2').evaluation
    const rows = buildCostWaterfall(cost, 'en')
    const byKey = new Map(rows.map((r) => [r.key, r]))
    expect(byKey.get('database')).toMatchObject({ knownUsd: 5.24, unknownCount: 1 })
    expect(byKey.get('cache')).toMatchObject({ knownUsd: 0, unknownCount: 1 })
    expect(byKey.get('cache')!.lines).toEqual([{ label: expect.stringContaining('ElastiCache'), monthlyUsd: null }])
    expect(byKey.get('admin-access')).toMatchObject({ unknownCount: 1 })
    expect(byKey.get('total')).toMatchObject({ knownUsd: 216.46, unknownCount: 3 })
  })

  it('leaves room on the axis for the larger of the total and the budget', () => {
    const { cost } = propsOf('swiftlogix').evaluation
    const rows = buildCostWaterfall(cost, 'en')
    expect(waterfallAxisMaxUsd(rows, cost.budget.budgetUsd)).toBe(300)
    expect(waterfallAxisMaxUsd(rows, 2000)).toBe(3000)
  })
})
