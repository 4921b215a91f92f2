import { formatKrw, formatMs, formatUsd } from '@/components/ui/format'
import type { ServiceCapacity } from '@/lib/capacity'
import type { Evaluation } from '@/lib/evaluate'
import { describeRange } from './describe-range'
import { formatRps } from './format-rate'
import { joinWords } from './join-words'
import { namePathNode } from './name-path-node'
import type { Verdict } from './verdict'
import type { TabId, ViewProps } from './view-props'

/** One stakeholder's question answered in a sentence, with the figures behind it and a verdict colour. */
export type StakeholderAnswer = {
  tab: Exclude<TabId, 'overview'>
  stakeholder: string
  question: string
  answer: string
  detail: string
  verdict: Verdict
}

/** The service with the highest p95 (typical or peak, whichever is worse), and at which load point. */
export function findWorstService(services: readonly ServiceCapacity[]): { service: ServiceCapacity; at: string } | null {
  let worst: ServiceCapacity | null = null
  for (const service of services) if (!worst || service.p95Ms > worst.p95Ms) worst = service
  if (!worst) return null
  return { service: worst, at: worst.peak.p95Ms >= worst.typical.p95Ms ? worst.peak.label : worst.typical.label }
}

function answerOps({ recovery }: Evaluation): StakeholderAnswer {
  const total = recovery.scenarios.length
  // Half the scenarios recovering on their own is where a night on call stops being the norm.
  const verdict: Verdict = recovery.autoCount === total ? 'good' : recovery.autoCount * 2 >= total ? 'warn' : 'bad'
  const spof = recovery.singlePointsOfFailure
  return {
    tab: 'ops',
    stakeholder: 'Ops',
    question: 'Which failures recover by themselves?',
    answer: `${recovery.autoCount} of ${total} failures recover by themselves`,
    detail: `${recovery.partialCount} partly, ${recovery.manualCount} need a person${spof.length ? `; single points of failure: ${joinWords(spof)}` : ''}.`,
    verdict,
  }
}

/** "every service" when a statement covers them all, else their names. */
function nameServices(subset: readonly ServiceCapacity[], all: readonly ServiceCapacity[]): string {
  return subset.length === all.length && all.length > 1 ? 'every service' : joinWords(subset.map((s) => s.name))
}

/** The subject and its verb agreeing: "every service hits", "Order service and Payment service run". */
function sayOf(subset: readonly ServiceCapacity[], all: readonly ServiceCapacity[], singular: string, plural: string): string {
  const subject = nameServices(subset, all)
  return `${subject} ${subset.length === 1 || subject === 'every service' ? singular : plural}`
}

function answerBusiness({ scenario, evaluation }: ViewProps): StakeholderAnswer {
  const { peak } = scenario.requirements.traffic
  const services = evaluation.capacity.services
  const maxById = new Map(scenario.config.services.map((s) => [s.id, s.count.max]))
  const overloaded = services.filter((s) => !Number.isFinite(s.peak.p95Ms) || !s.peak.meetsSla)
  const belowAdvice = services.filter((s) => s.recommendedTasks === null || s.peakTasks < s.recommendedTasks)
  const atCeiling = services.filter((s) => s.peakTasks >= (maxById.get(s.serviceId) ?? Infinity))
  const verdict: Verdict = overloaded.length > 0 ? 'bad' : belowAdvice.length > 0 || atCeiling.length > 0 ? 'warn' : 'good'
  const tasks = describeRange(services.map((s) => s.peakTasks))
  const worstPeak = Math.max(...services.map((s) => s.peak.p95Ms))
  const answer =
    overloaded.length > 0
      ? `No: ${peak.name} (${formatRps(peak.rps)}) overwhelms ${nameServices(overloaded, services)}`
      : `Yes: ${peak.name} at ${formatRps(peak.rps)} runs ${tasks} tasks per service, p95 ${formatMs(worstPeak)}`
  const notes = [
    `Typical ${describeRange(services.map((s) => s.typical.tasks))} → peak ${tasks} tasks, ceiling ${describeRange([...maxById.values()])}`,
    belowAdvice.length > 0 ? `${sayOf(belowAdvice, services, 'runs', 'run')} fewer tasks than recommended` : null,
    atCeiling.length > 0 ? `${sayOf(atCeiling, services, 'hits', 'hit')} the autoscaling maximum` : null,
  ]
  return {
    tab: 'business',
    stakeholder: 'Business',
    question: `Does autoscaling carry ${peak.name}?`,
    answer,
    detail: `${notes.filter(Boolean).join('; ')}.`,
    verdict,
  }
}

function answerSecurity({ scenario, evaluation }: ViewProps): StakeholderAnswer {
  const { security } = evaluation
  const q = security.dbQuestion
  const names = (q.path ?? []).map((id) => namePathNode(id, security.placement, scenario.config))
  const passed = security.layers.filter((l) => l.passed).length
  const { high, medium, low } = security.counts
  const verdict: Verdict = q.direct || high > 0 ? 'bad' : medium > 0 || passed < security.layers.length ? 'warn' : 'good'
  const answer = q.direct
    ? `Yes: the internet reaches the database directly on ${q.port}`
    : q.reachable
      ? `No, not directly: an attacker must first take over ${names.at(-2) ?? 'another resource'} (${names.join(' → ')})`
      : `No: no chain of connections leads from the internet to the database`
  return {
    tab: 'security',
    stakeholder: 'Security',
    question: 'Can the internet reach the database?',
    answer,
    detail: `${passed} of ${security.layers.length} defense layers hold; findings: ${high} high · ${medium} medium · ${low} low.`,
    verdict,
  }
}

function answerFinance({ cost }: Evaluation): StakeholderAnswer {
  const { budget } = cost
  const verdict: Verdict = !budget.withinBudget ? 'bad' : cost.complete ? 'good' : 'warn'
  const atLeast = cost.complete ? '' : 'At least '
  const gap = budget.withinBudget
    ? `Under budget by ${formatKrw(-budget.overByKrw)} (${formatUsd(-budget.overByUsd)})`
    : `Over budget by ${formatKrw(budget.overByKrw)} (${formatUsd(budget.overByUsd)})`
  return {
    tab: 'finance',
    stakeholder: 'Finance',
    question: 'What does it cost a month against the budget?',
    answer: `${atLeast}${formatKrw(cost.monthlyKrw)} (${formatUsd(cost.monthlyUsd)}) a month vs ${formatKrw(budget.budgetKrw)} (${formatUsd(budget.budgetUsd)})`,
    detail: `${gap} at ${cost.krwPerUsd.toLocaleString('en-US')} KRW/USD${cost.complete ? '' : `; ${cost.unknownLines.length} price(s) unknown, so the total is a lower bound`}.`,
    verdict,
  }
}

function answerCto({ scenario, evaluation }: ViewProps): StakeholderAnswer {
  const { capacity } = evaluation
  const worst = findWorstService(capacity.services)
  const meeting = capacity.services.filter((s) => s.meetsSla).length
  return {
    tab: 'cto',
    stakeholder: 'CTO',
    question: `Is p95 of ${scenario.requirements.sla.endpoint} under the SLA?`,
    answer: !worst
      ? 'No services to judge'
      : Number.isFinite(worst.service.p95Ms)
        ? `Worst p95 ${formatMs(worst.service.p95Ms)} (${worst.service.name}, ${worst.at}) vs SLA ${formatMs(capacity.slaP95Ms)}`
        : `No: ${worst.service.name} is overloaded at ${worst.at} (its queue grows without bound) vs SLA ${formatMs(capacity.slaP95Ms)}`,
    detail: `${capacity.meetsSla ? 'SLA met' : 'SLA missed'}: ${meeting} of ${capacity.services.length} services stay under ${formatMs(capacity.slaP95Ms)} at typical and peak load.`,
    verdict: capacity.meetsSla ? 'good' : 'bad',
  }
}

/**
 * The five answers a lead shows first, one per stakeholder, in the order of the tabs.
 * Example (swiftlogix): Ops "2 of 8 failures recover by themselves" (bad), Business "Yes: Black Friday at
 * 200 req/s runs 10 tasks per service, p95 95 ms" (good), Security "No, not directly: …" (good),
 * Finance "₩261,131 ($200.87) a month vs ₩150,000 ($115.38)" (bad), CTO "Worst p95 95 ms …" (good).
 */
export function answerStakeholders(props: ViewProps): StakeholderAnswer[] {
  return [answerOps(props.evaluation), answerBusiness(props), answerSecurity(props), answerFinance(props.evaluation), answerCto(props)]
}
