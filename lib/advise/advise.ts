import { diffConfigs } from '../compare/diff-configs'
import { parseScenario, type Scenario } from '../model'
import { byPreference, dominates, paretoFrontier } from './frontier'
import { distanceToGoals, resolveGoals } from './goals'
import { sharedDiffEngines } from './diff-engines'
import { incrementalEvaluator } from './incremental-evaluation'
import { LEVERS } from './levers'
import { searchDesigns, type Examined } from './search'
import type { AdviceGoals, AdviceOptions, AdviceResult, Proposal } from './types'

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
function selectValidShown(examined: readonly Examined[], goals: AdviceGoals): Shown & { parsed: Map<Examined, Scenario> } {
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

/**
 * The cheapest design that meets every goal, the Pareto frontier over cost, recovery coverage and p95
 * at peak, and (when none meets all) the closest designs with what each misses. Example: SwiftLogix at
 * 150,000 KRW → best with NAT none + endpoints, smaller database, … (see advise.test.ts).
 */
export function advise(scenario: Scenario, goals: Partial<AdviceGoals> = {}, options: AdviceOptions = {}): AdviceResult {
  const resolved = resolveGoals(scenario, goals)
  const examined = searchDesigns(scenario, resolved, options.maxDesigns)
  const { best, frontier, closest, parsed } = selectValidShown(examined, resolved)
  // Compare's priced diff evaluates each change alone: only for the designs shown, once each.
  const engines = sharedDiffEngines(incrementalEvaluator())
  const proposals = new Map<Examined, Proposal>()
  const propose = (d: Examined): Proposal => {
    const known = proposals.get(d)
    if (known) return known
    const { steps: _steps, order: _order, ...judged } = d
    const design = parsed.get(d)!
    const proposal = { ...judged, scenario: design, changes: diffConfigs(scenario, design, engines) }
    proposals.set(d, proposal)
    return proposal
  }
  const fixedLevers = LEVERS.flatMap((lever) => {
    const why = lever.fixed?.(scenario.config, scenario.requirements)
    return why ? [{ lever: lever.id, why }] : []
  })
  return {
    goals: resolved,
    best: best && propose(best),
    frontier: frontier.map(propose),
    closest: closest.map(propose),
    examined: examined.length,
    fixedLevers,
  }
}
