import { diffConfigs } from '../compare/diff-configs'
import type { Scenario } from '../model'
import { byPreference, paretoFrontier } from './frontier'
import { distanceToGoals, resolveGoals } from './goals'
import { LEVERS } from './levers'
import { searchDesigns, type Examined } from './search'
import type { AdviceGoals, AdviceOptions, AdviceResult, Proposal } from './types'

/** Designs listed as the closest when none meets every goal. */
const CLOSEST = 3

/**
 * The cheapest design that meets every goal, the Pareto frontier over cost, recovery coverage and p95
 * at peak, and (when none meets all) the closest designs with what each misses. Example: SwiftLogix at
 * 150,000 KRW → best with NAT none + endpoints, smaller database, … (see advise.test.ts).
 */
export function advise(scenario: Scenario, goals: Partial<AdviceGoals> = {}, options: AdviceOptions = {}): AdviceResult {
  const resolved = resolveGoals(scenario, goals)
  const examined = searchDesigns(scenario, resolved, options.maxDesigns)
  const propose = (d: Examined): Proposal => {
    const { steps: _steps, order: _order, ...judged } = d
    return { ...judged, changes: diffConfigs(scenario, d.scenario) }
  }
  const meetingAll = examined.filter((d) => d.misses.length === 0).sort(byPreference)
  const best = meetingAll[0] ?? null
  const closest =
    best === null
      ? [...examined].sort((a, b) => a.misses.length - b.misses.length || distanceToGoals(a, resolved) - distanceToGoals(b, resolved) || byPreference(a, b)).slice(0, CLOSEST)
      : []
  const fixedLevers = LEVERS.flatMap((lever) => {
    const why = lever.fixed?.(scenario.config, scenario.requirements)
    return why ? [{ lever: lever.id, why }] : []
  })
  return {
    goals: resolved,
    best: best && propose(best),
    frontier: paretoFrontier(examined).map(propose),
    closest: closest.map(propose),
    examined: examined.length,
    fixedLevers,
  }
}
