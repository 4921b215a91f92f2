import { diffConfigs } from '../compare/diff-configs'
import type { Scenario } from '../model'
import { sharedDiffEngines } from './diff-engines'
import { resolveGoals } from './goals'
import { incrementalEvaluator } from './incremental-evaluation'
import { LEVERS } from './levers'
import { searchDesignsInSteps, type Examined } from './search'
import { selectValidShown } from './shown-designs'
import { runToEnd, type Steps } from './steps'
import type { AdviceGoals, AdviceOptions, AdviceResult, Proposal } from './types'

/**
 * The cheapest design that meets every goal, the Pareto frontier over cost, recovery coverage and p95
 * at peak, and (when none meets all) the closest designs with what each misses. Example: SwiftLogix at
 * 150,000 KRW → best with NAT none + endpoints, smaller database, … (see advise.test.ts).
 */
export function advise(scenario: Scenario, goals: Partial<AdviceGoals> = {}, options: AdviceOptions = {}): AdviceResult {
  return runToEnd(adviseInSteps(scenario, goals, options))
}

/** advise in slices: it yields after each design examined and each proposal priced (see steps.ts), and returns advise's answer. */
export function* adviseInSteps(scenario: Scenario, goals: Partial<AdviceGoals> = {}, options: AdviceOptions = {}): Steps<AdviceResult> {
  const resolved = resolveGoals(scenario, goals)
  const examined = yield* searchDesignsInSteps(scenario, resolved, options.maxDesigns)
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
  // Priced in the order the answer lists them, one step each.
  for (const d of [...(best ? [best] : []), ...frontier, ...closest]) {
    propose(d)
    yield
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
