import { parseScenario, type Scenario } from '../model'
import { byPreference, dominates, paretoFrontier } from './frontier'
import { distanceToGoals } from './goals'
import type { Examined } from './search'
import type { AdviceGoals } from './types'

/** Designs listed as the closest when none meets every goal. */
const CLOSEST = 3

/** The designs an answer shows: the best, the frontier and the closest. */
type Shown = { best: Examined | null; frontier: Examined[]; closest: Examined[] }

/** What a reader tells designs apart by: the figures and the misses. Designs alike in these differ only in a setting that moves nothing (Database Insights on a class without its charge, say). */
const figuresKey = (d: Examined) => JSON.stringify([d.monthlyUsd, d.peakMonthKrw, d.coverage, d.p95Ms, d.misses])

/**
 * The nearest designs to every goal (fewest goals missed, then the distance, then cheapest and fewest
 * steps), each a different trade-off: one per set of figures and misses, and none that a nearer one
 * beats on cost, coverage and p95 alike (it would only be the same miss, dearer).
 */
function selectClosest(examined: readonly Examined[], goals: AdviceGoals): Examined[] {
  const nearestFirst = [...examined].sort((a, b) => a.misses.length - b.misses.length || distanceToGoals(a, goals) - distanceToGoals(b, goals) || byPreference(a, b))
  const closest: Examined[] = []
  for (const d of nearestFirst) {
    if (closest.length === CLOSEST) break
    if (closest.some((c) => figuresKey(c) === figuresKey(d) || dominates(c, d))) continue
    closest.push(d)
  }
  return closest
}

function selectShown(examined: readonly Examined[], goals: AdviceGoals): Shown {
  const meetingAll = examined.filter((d) => d.misses.length === 0).sort(byPreference)
  const best = meetingAll[0] ?? null
  return { best, frontier: paretoFrontier(examined), closest: best === null ? selectClosest(examined, goals) : [] }
}

/**
 * The designs to show, each validated like any input: the search trusts levers to keep a valid design
 * valid, so only the shown ones are parsed; one the schema refuses (none on the presets) leaves the
 * candidates and the choice is made again. The returned scenarios are the parsed ones.
 */
export function selectValidShown(examined: readonly Examined[], goals: AdviceGoals): Shown & { parsed: Map<Examined, Scenario> } {
  const parsed = new Map<Examined, Scenario>()
  let candidates = examined
  for (;;) {
    const shown = selectShown(candidates, goals)
    const refused = new Set<Examined>()
    for (const d of [...(shown.best ? [shown.best] : []), ...shown.frontier, ...shown.closest]) {
      if (parsed.has(d)) continue
      const result = parseScenario(d.scenario)
      if (result.ok) parsed.set(d, result.value)
      else refused.add(d)
    }
    if (refused.size === 0) return { ...shown, parsed }
    candidates = candidates.filter((d) => !refused.has(d))
  }
}
