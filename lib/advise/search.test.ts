import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../data/presets'
import { evaluateScenario } from '../evaluate'
import { designKeyer } from './design-key'
import { paretoFrontier } from './frontier'
import { resolveGoals } from './goals'
import { searchDesigns, type Examined } from './search'

/** What a search found, comparable across runs: each design's key and figures, in the order examined. */
function found(designs: readonly Examined[]) {
  const key = designKeyer()
  return designs.map((d) => ({ key: key(d.scenario.config), monthlyUsd: d.monthlyUsd, coverage: d.coverage, p95Ms: d.p95Ms, misses: d.misses }))
}

describe('searchDesigns', () => {
  it.each(PRESETS.map((p) => [p.id, p.scenario] as const))(
    '%s: trusting the levers and reusing answers finds the same designs and frontier as parsing each design and running evaluateScenario',
    (_id, scenario) => {
      const goals = resolveGoals(scenario)
      const fast = searchDesigns(scenario, goals)
      const plain = searchDesigns(scenario, goals, undefined, { parseEach: true, evaluate: evaluateScenario })
      expect(found(fast)).toEqual(found(plain))
      expect(found(paretoFrontier(fast))).toEqual(found(paretoFrontier(plain)))
    },
  )

  it('evaluates a design once however the levers reached it (key order aside)', () => {
    const key = designKeyer()
    const scenario = PRESETS[0]!.scenario
    const reordered = Object.fromEntries(Object.entries(scenario.config).reverse()) as typeof scenario.config
    expect(key(reordered)).toBe(key(scenario.config))
    const { cache: _cache, ...withoutCache } = scenario.config
    expect(key({ ...scenario.config, cache: undefined })).toBe(key(withoutCache))
  })
})
