import { diffConfigs } from '../compare/diff-configs'
import type { ConfigChange } from '../compare/types'
import type { Evaluation } from '../evaluate'
import { parseScenario, type Scenario } from '../model'
import type { LeverId } from './advise-reasons'
import { designKeyer } from './design-key'
import { judge, resolveGoals, type Judged } from './goals'
import { incrementalEvaluator } from './incremental-evaluation'
import { LEVERS } from './levers'
import { listRecoveryLosses, losesAutomatic, type RecoveryLoss } from './fit-budget-recovery'

export type { RecoveryLoss } from './fit-budget-recovery'

/** One way to bring the design within its budget: a few lever moves, what they save and what they cost in recovery and latency. */
export type FitOption = {
  /** The whole design after the cut (what Apply adopts). */
  scenario: Scenario
  /** The levers moved, in the order they were applied. */
  levers: LeverId[]
  /** Lib/compare's priced diff from the current design. */
  changes: ConfigChange[]
  savingKrw: number
  savingUsd: number
  /** The new monthly total. */
  monthlyKrw: number
  monthlyUsd: number
  coverage: { before: number; after: number }
  /** Worst p95 at peak over the services, ms; null when a service has no finite p95. */
  p95Ms: { before: number | null; after: number | null }
  /** Failures that stop recovering by themselves or take longer. */
  recoveryLosses: RecoveryLoss[]
  /** The SLA holds at peak after the cut. */
  meetsSla: boolean
  /** The SLA held before and does not after. */
  breaksSla: boolean
  /** Always true: a design the check blocks is never offered. */
  runnable: boolean
  /** High findings after the cut; never more than before (a cut that adds one is never offered). */
  highFindings: number
}

export type FitBudgetResult = {
  budgetKrw: number
  monthlyKrw: number
  /** 0 when the design is within budget (options is then empty). */
  overByKrw: number
  options: FitOption[]
  /** Designs evaluated. */
  examined: number
  /** Levers moved together at most: no option is a larger set. */
  maxLevers: number
}

export type FitBudgetOptions = {
  /** The monthly budget in KRW; defaults to the requirements' (a USD budget at the scenario's rate). */
  budgetKrw?: number
  /** Options returned, best first. */
  maxOptions?: number
}

/** Levers moved together in one option at most: the advisor's cheapest SwiftLogix design moves four. */
const MAX_LEVERS = 4
/** Designs evaluated at most, so a large design answers in bounded time. */
export const MAX_EXAMINED = 400
const DEFAULT_OPTIONS = 5

/**
 * The levers in the order a set of moves is applied: `tasks` last, because it reads the capacity
 * answer of the design it moves (the recommended count for the task size the other moves chose).
 */
const APPLY_ORDER = [...LEVERS.filter((l) => l.id !== 'tasks'), ...LEVERS.filter((l) => l.id === 'tasks')]

/** A design the search reached: the moves from the input (lever index in APPLY_ORDER, variant index) and its figures. */
type Node = { moves: [number, number][]; scenario: Scenario; evaluation: Evaluation; judged: Judged }

const highFindingIds = (evaluation: Evaluation) => evaluation.security.findings.filter((f) => f.severity === 'high').map((f) => f.id)

/**
 * The cheapest changes that bring the design within its budget, each with what it costs in recovery
 * and latency. Moves are the advisor's levers (lib/advise/levers.ts): single moves first, then pairs,
 * up to MAX_LEVERS together, each move saving money on the design it is applied to. Only designs that
 * pass the schema and the design check, price no more lines as unknown than the input and add no high
 * finding are offered; only minimal sets (no smaller set in the answer reaches the budget). Ordered by
 * least harm (no SLA newly missed, then fewest failures that stop recovering by themselves, then fewest
 * slower recoveries), then the larger saving, then fewer changes. Deterministic.
 * Example: SwiftLogix at ₩150,000 (₩261,131 today) → Fargate 0.5 → 0.25 vCPU and NAT one shared →
 * NAT instance: −₩113,126 → ₩148,005, no failure recovers worse, p95 at peak 83 → 91 ms (fit-budget.test.ts).
 */
export function fitBudget(scenario: Scenario, options: FitBudgetOptions = {}): FitBudgetResult {
  const goals = resolveGoals(scenario, options.budgetKrw === undefined ? {} : { budgetKrw: options.budgetKrw })
  const evaluate = incrementalEvaluator()
  const inputEvaluation = evaluate(scenario)
  const root: Node = { moves: [], scenario, evaluation: inputEvaluation, judged: judge(scenario, inputEvaluation, goals) }
  const overByKrw = Math.max(0, root.judged.monthlyKrw - goals.budgetKrw)
  const result = { budgetKrw: goals.budgetKrw, monthlyKrw: root.judged.monthlyKrw, overByKrw, maxLevers: MAX_LEVERS }
  if (overByKrw === 0) return { ...result, options: [], examined: 0 }

  const highBefore = new Set(highFindingIds(inputEvaluation))
  const designKey = designKeyer()
  const seen = new Set([designKey(scenario.config)])
  let examined = 0
  /** `parent` with one more lever moved, if that is a cut worth offering: runnable, priced, no new high finding, cheaper. */
  const cut = (parent: Node, leverAt: number, variantAt: number): Node | null => {
    const { config, requirements } = parent.scenario
    const next = APPLY_ORDER[leverAt]!.variants({ config, requirements, capacity: parent.evaluation.capacity })[variantAt]
    if (!next || examined >= MAX_EXAMINED) return null
    const key = designKey(next)
    if (seen.has(key)) return null
    seen.add(key)
    const parsed = parseScenario({ config: next, requirements })
    if (!parsed.ok) return null
    examined++
    const evaluation = evaluate(parsed.value)
    // A line whose price turns unknown drops out of the total: a saving on paper only.
    if (!evaluation.design.runnable || evaluation.cost.unknownLines.length > inputEvaluation.cost.unknownLines.length) return null
    if (highFindingIds(evaluation).some((id) => !highBefore.has(id))) return null
    const judged = judge(parsed.value, evaluation, goals)
    if (judged.monthlyKrw >= parent.judged.monthlyKrw) return null
    return { moves: [...parent.moves, [leverAt, variantAt]], scenario: parsed.value, evaluation, judged }
  }

  // Single moves: every lever's variants of the input; those that save money are the moves sets are made of.
  const singles = APPLY_ORDER.flatMap((lever, leverAt) =>
    lever.variants({ config: scenario.config, requirements: scenario.requirements, capacity: inputEvaluation.capacity }).flatMap((_, variantAt) => cut(root, leverAt, variantAt) ?? []),
  )
  const bestSaving = new Map<number, number>()
  for (const s of singles) bestSaving.set(s.moves[0]![0], Math.max(bestSaving.get(s.moves[0]![0]) ?? 0, root.judged.monthlyKrw - s.judged.monthlyKrw))

  const reaching: Node[] = []
  const reaches = (node: Node) => node.judged.monthlyKrw <= goals.budgetKrw
  const moveKey = ([l, v]: [number, number]) => `${l}:${v}`
  const hasSmallerAnswer = (node: Node) => reaching.some((r) => r.moves.every((m) => node.moves.some((n) => moveKey(n) === moveKey(m))))
  let level = singles
  for (let size = 1; size <= MAX_LEVERS && level.length > 0; size++) {
    const open: Node[] = []
    for (const node of level) {
      if (reaches(node)) {
        if (!hasSmallerAnswer(node)) reaching.push(node)
      } else open.push(node)
    }
    if (size === MAX_LEVERS) break
    level = open.flatMap((node) => {
      const last = node.moves.at(-1)![0]
      // The most the remaining levers could save, from what each saved alone: skip a set that cannot reach.
      const later = [...bestSaving].filter(([at]) => at > last).map(([, saving]) => saving).sort((a, b) => b - a)
      const reachable = later.slice(0, MAX_LEVERS - size).reduce((sum, s) => sum + s, 0)
      if (node.judged.monthlyKrw - reachable > goals.budgetKrw) return []
      return singles.filter((s) => s.moves[0]![0] > last).flatMap((s) => cut(node, ...s.moves[0]!) ?? [])
    })
  }

  const ranked = reaching.map((node) => ({ node, losses: listRecoveryLosses(inputEvaluation.recovery, node.evaluation.recovery) }))
  const harm = ({ node, losses }: (typeof ranked)[number]) => [
    root.judged.meets.sla && !node.judged.meets.sla ? 1 : 0,
    losses.filter(losesAutomatic).length,
    losses.length,
  ]
  ranked.sort((a, b) => {
    const [ha, hb] = [harm(a), harm(b)]
    const byHarm = ha.findIndex((h, i) => h !== hb[i])
    if (byHarm >= 0) return ha[byHarm]! - hb[byHarm]!
    return a.node.judged.monthlyKrw - b.node.judged.monthlyKrw || a.node.moves.length - b.node.moves.length
  })
  // Two variants of the same levers with the same outcome (insights standard or off, at the same price) are one option: the first stays.
  const outcome = ({ node, losses }: (typeof ranked)[number]) =>
    JSON.stringify([node.moves.map(([at]) => at), node.judged.monthlyKrw, node.judged.p95Ms, node.judged.coverage, losses])
  const distinct = ranked.filter((r, i) => ranked.findIndex((o) => outcome(o) === outcome(r)) === i)
  const chosen = distinct.slice(0, options.maxOptions ?? DEFAULT_OPTIONS)
  return {
    ...result,
    examined,
    options: chosen.map(({ node, losses }) => ({
      scenario: node.scenario,
      levers: node.moves.map(([at]) => APPLY_ORDER[at]!.id),
      changes: diffConfigs(scenario, node.scenario),
      savingKrw: root.judged.monthlyKrw - node.judged.monthlyKrw,
      savingUsd: root.judged.monthlyUsd - node.judged.monthlyUsd,
      monthlyKrw: node.judged.monthlyKrw,
      monthlyUsd: node.judged.monthlyUsd,
      coverage: { before: root.judged.coverage, after: node.judged.coverage },
      p95Ms: { before: root.judged.p95Ms, after: node.judged.p95Ms },
      recoveryLosses: losses,
      meetsSla: node.judged.meets.sla,
      breaksSla: root.judged.meets.sla && !node.judged.meets.sla,
      runnable: node.evaluation.design.runnable,
      highFindings: highFindingIds(node.evaluation).length,
    })),
  }
}
