import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validScenario } from '../../data/presets/testing/arbitrary-scenario'
import { checkDesign } from '../design-check'
import { parseScenario } from '../model'
import { advise } from './advise'
import { dominates, paretoFrontier } from './frontier'
import { resolveGoals, type Judged } from './goals'
import { searchDesigns } from './search'

const point = fc.record({
  monthlyUsd: fc.integer({ min: 0, max: 20 }),
  coverage: fc.integer({ min: 0, max: 8 }).map((n) => n / 8),
  p95Ms: fc.option(fc.integer({ min: 50, max: 60 }), { nil: null }),
})

describe('the advisor\'s frontier', () => {
  it('keeps exactly the points no other point dominates, one per set of figures', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 40 }), (points) => {
        const designs = points as unknown as Judged[]
        const frontier = paretoFrontier(designs)
        const sameFigures = (a: Judged, b: Judged) => a.monthlyUsd === b.monthlyUsd && a.coverage === b.coverage && a.p95Ms === b.p95Ms
        for (const d of designs) expect(designs.some((o) => dominates(o, d)) || frontier.some((f) => sameFigures(f, d))).toBe(true)
        for (const f of frontier) expect(designs.some((o) => dominates(o, f))).toBe(false)
      }),
    )
  })

  it('on any valid design: no frontier point is dominated by another examined design, and every examined design (none parsed in the search: levers keep a valid design valid) passes the schema and the design check', () => {
    fc.assert(
      fc.property(validScenario, fc.integer({ min: 50_000, max: 2_000_000 }), (scenario, budgetKrw) => {
        const examined = searchDesigns(scenario, resolveGoals(scenario, { budgetKrw }), 40)
        for (const f of paretoFrontier(examined)) expect(examined.some((o) => dominates(o, f))).toBe(false)
        for (const d of examined) {
          expect(parseScenario(d.scenario).ok).toBe(true)
          expect(checkDesign(d.scenario.config).runnable).toBe(true)
        }
      }),
      { numRuns: 5, seed: 15 },
    )
  })

  it('on any valid design: every scenario advise returns (best, frontier, closest) passes the schema and the design check', () => {
    fc.assert(
      fc.property(validScenario, fc.integer({ min: 50_000, max: 2_000_000 }), (scenario, budgetKrw) => {
        const { best, frontier, closest } = advise(scenario, { budgetKrw }, { maxDesigns: 30 })
        for (const p of [...(best ? [best] : []), ...frontier, ...closest]) {
          expect(parseScenario(p.scenario).ok).toBe(true)
          expect(checkDesign(p.scenario.config).runnable).toBe(true)
        }
      }),
      { numRuns: 4, seed: 15 },
    )
  })
})
