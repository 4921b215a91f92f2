import type { LeverId } from '../advise/advise-reasons'
import { fitBudget, type FitOption } from '../advise/fit-budget'
import { evaluateScenario, priceOptions, type Evaluation, type OptionDelta } from '../evaluate'
import type { Locale } from '../i18n'
import { setDbMultiAz, setNatGateways, type Scenario } from '../model'
import type { Finding } from '../security'
import { describeFinding } from './finding-title'
import { sayNarrative } from '../i18n/catalog/say-narrative'
import type { DecisionCutChange, NarrativeReason } from '../i18n/catalog/narrative-reasons'
import type { NarrativeDecision } from './types'

type DecisionFacts = {
  over: boolean
  monthlyKrw: number
  overByKrw: number
  budgetKrw: number
  scenario: Scenario
  /** When over budget: the ways to fit it (lib/advise/fit-budget.ts), least harm first. */
  cuts: FitOption[]
  /** Priced options that make more failures fix themselves, cheapest first. */
  resilience: OptionDelta[]
  /** One more task per service, priced, when the SLA is missed. */
  capacity: OptionDelta | null
  /** Services that run fewer servers at the peak than recommended, with what would let them. */
  undersized: { name: string; recommended: number; max: number; atCeiling: boolean }[]
  /** Every resilience option at once, when there are several. */
  combined: { monthlyKrw: number; autoCount: number; total: number } | null
  high: Finding[]
  basis: { asOf: string; krwPerUsd: number }
}

/** Ways to fit the budget a slide has room for. */
const CUTS_SHOWN = 3

function gatherFacts(scenario: Scenario, evaluation: Evaluation): DecisionFacts {
  const { cost, capacity, security } = evaluation
  const options = priceOptions(scenario, evaluation)
  const resilience = options.filter((o) => o.applies && (o.deltaAutoRecovery > 0 || o.deltaWithinObjectives > 0) && o.id !== 'one-more-task').sort((a, b) => a.deltaKrw - b.deltaKrw)
  const maxById = new Map(scenario.config.services.map((s) => [s.id, s.count.max]))
  const undersized = capacity.services.flatMap((s) => {
    const max = maxById.get(s.serviceId) ?? s.peakTasks
    return s.recommendedTasks !== null && s.peakTasks < s.recommendedTasks
      ? [{ name: s.name, recommended: s.recommendedTasks, max, atCeiling: s.peakTasks >= max }]
      : []
  })
  let combined: DecisionFacts['combined'] = null
  if (resilience.length > 1) {
    let config = scenario.config
    if (resilience.some((o) => o.id === 'multi-az')) config = setDbMultiAz(config, true)
    if (resilience.some((o) => o.id === 'nat-per-az')) config = setNatGateways(config, 2)
    const both = evaluateScenario({ ...scenario, config })
    combined = { monthlyKrw: both.cost.monthlyKrw, autoCount: both.recovery.autoCount, total: both.recovery.scenarios.length }
  }
  return {
    over: !cost.budget.withinBudget,
    monthlyKrw: cost.monthlyKrw,
    overByKrw: cost.budget.overByKrw,
    budgetKrw: cost.budget.budgetKrw,
    scenario,
    cuts: cost.budget.withinBudget ? [] : fitBudget(scenario, { budgetKrw: cost.budget.budgetKrw, maxOptions: CUTS_SHOWN }).options,
    resilience,
    capacity: capacity.meetsSla ? null : (options.find((o) => o.id === 'one-more-task' && o.applies && o.deltaKrw > 0) ?? null),
    undersized,
    combined,
    high: security.findings.filter((f) => f.severity === 'high'),
    basis: { asOf: cost.priceCatalogCompiled, krwPerUsd: cost.krwPerUsd },
  }
}

function headline(f: DecisionFacts): NarrativeReason {
  if (f.over) return { code: 'narrative.decision.headline.over', params: { monthlyKrw: f.monthlyKrw, overByKrw: f.overByKrw } }
  if (f.high.length > 0) return { code: 'narrative.decision.headline.security', params: {} }
  if (f.resilience.length > 0) return { code: 'narrative.decision.headline.resilience', params: {} }
  if (f.capacity || f.undersized.length > 0) return { code: 'narrative.decision.headline.capacity', params: {} }
  return { code: 'narrative.decision.headline.ready', params: {} }
}

function steps(f: DecisionFacts, locale: Locale): NarrativeReason[] {
  const said: (NarrativeReason | null)[] = [
    f.high.length > 0 ? { code: 'narrative.decision.security', params: { titles: f.high.map((h) => describeFinding(h, locale)) } } : null,
    f.over ? { code: 'narrative.decision.budget', params: { monthlyKrw: f.monthlyKrw, overByKrw: f.overByKrw, budgetKrw: f.budgetKrw } } : null,
    ...f.cuts.map((cut) => cutReason(f.scenario, cut)),
    ...f.resilience.map((o): NarrativeReason => ({ code: 'narrative.decision.option', params: { option: o.id, deltaKrw: o.deltaKrw, deltaAutoRecovery: o.deltaAutoRecovery, deltaWithinObjectives: o.deltaWithinObjectives } })),
    f.combined ? { code: 'narrative.decision.combined', params: f.combined } : null,
    f.capacity ? { code: 'narrative.decision.capacity', params: { deltaKrw: f.capacity.deltaKrw } } : null,
    ...f.undersized.map((u): NarrativeReason => ({ code: 'narrative.decision.undersized', params: u })),
  ]
  const taken = said.filter((r): r is NarrativeReason => r !== null)
  return taken.length > 0 ? taken : [{ code: 'narrative.decision.nothing', params: {} }]
}

/** Total Fargate vCPUs: a task-size move makes it smaller or larger. */
const fargateVcpus = ({ config }: Scenario) => config.services.reduce((sum, s) => sum + (s.compute.kind === 'fargate' ? s.compute.vcpu : 0), 0)
/** Any EC2 service runs servers beyond its on-demand base on Spot. */
const usesSpot = ({ config }: Scenario) => config.services.some((s) => s.compute.kind === 'ec2' && s.compute.onDemandBase < s.count.max)

/** A lever a cut moved, with the direction the plain words need. */
function cutChange(lever: LeverId, from: Scenario, to: Scenario): DecisionCutChange {
  const { database, network } = to.config
  switch (lever) {
    case 'tasks':
    case 'db-class':
    case 'cache':
    case 'admin-access':
      return { lever }
    case 'task-size':
      return { lever, smaller: fargateVcpus(to) < fargateVcpus(from) }
    case 'nat':
      return { lever, to: network.nat.mode }
    case 'db-multi-az':
      return { lever, on: database.multiAz }
    case 'db-replicas':
      return { lever, count: database.readReplicas }
    case 'az-count':
      return { lever, count: network.azCount }
    case 'purchase':
      return { lever, reserved: database.purchase !== 'on-demand' }
    case 'spot-share':
      return { lever, spot: usesSpot(to) }
    case 'db-insights':
      return { lever, level: database.insights }
  }
}

/** A way to fit the budget: what it changes, its saving, and what it costs in recovery and latency. */
function cutReason(scenario: Scenario, cut: FitOption): NarrativeReason {
  const changes = cut.levers.map((lever) => cutChange(lever, scenario, cut.scenario))
  const losses = cut.recoveryLosses.map((l) => ({ id: l.scenarioId, modeChanged: l.from !== l.to, to: l.to, rtoBefore: l.rtoMinutesBefore, rtoAfter: l.rtoMinutesAfter }))
  const { before, after } = cut.p95Ms
  const p95 = before !== null && after !== null && Math.round(before) !== Math.round(after) ? { beforeMs: before, afterMs: after, overSla: !cut.meetsSla } : null
  return { code: 'narrative.decision.cut', params: { changes, savingKrw: cut.savingKrw, monthlyKrw: cut.monthlyKrw, losses, p95 } }
}

/**
 * What there is to decide, each choice with its price from the engine's options.
 * Example (swiftlogix, en): "Approve ₩261,131 a month, or cut ₩111,131"; "Give the database a standby
 * copy in a second data centre: +₩20,072 a month, and one more failure fixes itself."
 */
export function narrateDecision(scenario: Scenario, evaluation: Evaluation, locale: Locale): NarrativeDecision {
  const f = gatherFacts(scenario, evaluation)
  const say = (reason: NarrativeReason) => sayNarrative(locale, reason)
  return {
    title: say({ code: 'narrative.decision.title', params: {} }),
    headline: say(headline(f)),
    steps: steps(f, locale).map(say),
    basis: say({ code: 'narrative.decision.basis', params: f.basis }),
  }
}
