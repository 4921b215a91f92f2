import { PRESETS } from '../data/presets'
import { advise } from '../lib/advise'
import { resolveGoals } from '../lib/advise/goals'
import { searchDesigns } from '../lib/advise/search'
import type { Scenario } from '../lib/model'
import type { BenchResult } from './engine'
import { buildLargeScenario } from './large-config'
import { measure } from './measure'

/** Target from issue 15: the frontier for any preset in under a second. */
const FRONTIER_TARGET_MS = 1000

/**
 * The advisor on every preset and the 50-service design: the time advise() takes to answer (search,
 * frontier and Compare's priced diffs of the designs it shows), and designs evaluated per second in the
 * search. Both are medians of five runs after one: the machine is shared, so a single run says little.
 */
export function benchAdvise(): BenchResult[] {
  const designs: { id: string; scenario: Scenario }[] = [...PRESETS.map((p) => ({ id: p.id, scenario: p.scenario })), { id: 'large (50 services)', scenario: buildLargeScenario(50) }]
  return designs.flatMap(({ id, scenario }) => {
    const goals = resolveGoals(scenario)
    let examined = 0
    const search = measure(() => (examined = searchDesigns(scenario, goals).length), 5, 1)
    let shown = 0
    const answer = measure(() => {
      const { best, frontier, closest } = advise(scenario)
      shown = new Set([best, ...frontier, ...closest].filter((p) => p !== null)).size
    }, 5, 1)
    const perSecond = Math.round((examined / search.medianMs) * 1000)
    return [
      {
        name: `advise: time to the frontier, ${id} (median)`,
        unit: 'ms',
        value: answer.medianMs,
        target: FRONTIER_TARGET_MS,
        detail: `${examined} designs examined at ${perSecond} designs/s (search ${search.medianMs} ms), ${shown} shown and priced; over ${answer.runs} runs`,
        pass: answer.medianMs < FRONTIER_TARGET_MS,
      },
    ]
  })
}
