import type { CapacityAssessment } from '../capacity'
import type { Evaluation } from '../evaluate'
import { parseScenario, type ArchitectureConfig, type Scenario } from '../model'
import { designKeyer } from './design-key'
import { distanceToGoals, judge, type Judged } from './goals'
import { paretoFrontier } from './frontier'
import { incrementalEvaluator } from './incremental-evaluation'
import { LEVERS } from './levers'
import { runToEnd, type Steps } from './steps'
import type { AdviceGoals } from './types'

/** A design the search evaluated: its figures, the capacity answer its levers read, and how many lever steps from the input. */
export type Examined = Judged & { steps: number; order: number }

/** Designs kept for the next round: the nearest to every goal and the cheapest on the frontier. */
const BEAM = 3
/** Rounds at most: every lever moved this many times along the best paths. */
const MAX_ROUNDS = 8
export const DEFAULT_MAX_DESIGNS = 5_000

/**
 * How designs are evaluated: by default a lever's design is trusted to pass the schema when the input does
 * (levers keep counts, sizes and references valid; advise validates the designs it returns) and the
 * engines reuse answers (incrementalEvaluator). `parseEach` and `evaluate: evaluateScenario` give the plain
 * path the tests compare against.
 */
export type SearchHow = { evaluate?: (scenario: Scenario) => Evaluation; parseEach?: boolean }

/**
 * Beam search over the levers: each round moves every lever of each kept design one step (in LEVERS'
 * order), evaluates the new designs (valid by construction, see SearchHow) that pass the design check, and keeps the BEAM
 * nearest to the goals plus the BEAM cheapest frontier points not yet expanded. It stops when a round
 * neither adds a frontier point nor comes nearer the goals, after MAX_ROUNDS, or at `maxDesigns`. No randomness, so the same input gives the same designs in the same order.
 */
export function searchDesigns(input: Scenario, goals: AdviceGoals, maxDesigns = DEFAULT_MAX_DESIGNS, how: SearchHow = {}): Examined[] {
  return runToEnd(searchDesignsInSteps(input, goals, maxDesigns, how))
}

/** searchDesigns one design at a time: it yields after each lever variant it tries (see steps.ts). */
export function* searchDesignsInSteps(input: Scenario, goals: AdviceGoals, maxDesigns = DEFAULT_MAX_DESIGNS, how: SearchHow = {}): Steps<Examined[]> {
  const seen = new Set<string>()
  const designKey = designKeyer()
  const examined: Examined[] = []
  const capacities = new Map<Examined, CapacityAssessment>()
  const evaluate = how.evaluate ?? incrementalEvaluator()
  const inputEvaluation = evaluate(input)
  const inputComplete = inputEvaluation.cost.complete
  // Levers keep a valid design valid; from an input the schema refuses, every design is checked.
  const parsedInput = parseScenario(input)
  const parseEach = how.parseEach === true || !parsedInput.ok
  const requirements = parsedInput.ok ? parsedInput.value.requirements : input.requirements

  const scenarioOf = (config: ArchitectureConfig): Scenario | null => {
    if (!parseEach) return { config, requirements }
    const parsed = parseScenario({ config, requirements })
    return parsed.ok ? parsed.value : null
  }

  const tryDesign = (config: ArchitectureConfig, steps: number): Examined | null => {
    const key = designKey(config)
    if (seen.has(key) || examined.length >= maxDesigns) return null
    seen.add(key)
    const scenario = scenarioOf(config)
    if (scenario === null) return null
    const evaluation = evaluate(scenario)
    // Only designs that can start; a variant whose price the book lacks is not an answer to a budget.
    if (!evaluation.design.runnable || (inputComplete && !evaluation.cost.complete)) return null
    const design = { ...judge(scenario, evaluation, goals), steps, order: examined.length }
    examined.push(design)
    capacities.set(design, evaluation.capacity)
    return design
  }

  const expanded = new Set<Examined>()
  // A design the check blocks is no candidate, but the search still starts from it (NAT none without endpoints → endpoints).
  const start = tryDesign(parsedInput.ok ? parsedInput.value.config : input.config, 0) ?? { ...judge(input, inputEvaluation, goals), steps: 0, order: -1 }
  if (!capacities.has(start)) capacities.set(start, inputEvaluation.capacity)
  let beam = [start]
  let frontier = paretoFrontier(examined)
  let nearestDistance = Infinity
  for (let round = 0; round < MAX_ROUNDS && beam.length > 0 && examined.length < maxDesigns; round++) {
    const before = examined.length
    for (const design of beam) {
      expanded.add(design)
      for (const lever of LEVERS)
        for (const config of lever.variants({ config: design.scenario.config, requirements, capacity: capacities.get(design)! })) {
          tryDesign(config, design.steps + 1)
          yield
        }
    }
    const fresh = examined.slice(before)
    const nextFrontier = paretoFrontier([...frontier, ...fresh])
    const distance = (d: Examined) => distanceToGoals(d, goals)
    const nearest = examined.filter((d) => !expanded.has(d)).sort((a, b) => distance(a) - distance(b) || a.monthlyUsd - b.monthlyUsd || a.order - b.order).slice(0, BEAM)
    const improved = nextFrontier.some((d) => fresh.includes(d)) || (nearest[0] !== undefined && distance(nearest[0]) < nearestDistance)
    if (!improved) break
    frontier = nextFrontier
    nearestDistance = Math.min(nearestDistance, ...nearest.map(distance))
    beam = [...new Set([...nearest, ...frontier.filter((d) => !expanded.has(d)).slice(0, BEAM)])]
  }
  return examined
}
