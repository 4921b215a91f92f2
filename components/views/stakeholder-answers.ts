import type { LoadLabel, ServiceCapacity } from '@/lib/capacity'
import type { Evaluation } from '@/lib/evaluate'
import type { Locale } from '@/lib/i18n/locale'
import { sayCapacity } from '@/lib/i18n/catalog/say-capacity'
import { describeRange } from './describe-range'
import { formatRps } from './format-rate'
import { namePathNode } from './name-path-node'
import { nameSinglePoint } from './name-single-point'
import { gateVerdict, type Verdict } from './verdict'
import { formatCount, formatKrw, formatUsd } from './view-format'
import { formatMs } from '@/lib/i18n/format'
import type { TabId, ViewProps } from './view-props'
import { viewSay } from './view-say'
import { joinList } from '@/lib/i18n/join-list'

/** One stakeholder's question answered in a sentence, with the figures behind it and a verdict colour. */
type StakeholderAnswer = {
  tab: Exclude<TabId, 'overview' | 'advisor'>
  stakeholder: string
  question: string
  answer: string
  detail: string
  verdict: Verdict
}

/** The service with the highest p95 (typical or peak, whichever is worse), and at which load point. */
export function findWorstService(services: readonly ServiceCapacity[]): { service: ServiceCapacity; at: LoadLabel } | null {
  let worst: ServiceCapacity | null = null
  for (const service of services) if (!worst || service.p95Ms > worst.p95Ms) worst = service
  if (!worst) return null
  return { service: worst, at: worst.peak.p95Ms >= worst.typical.p95Ms ? worst.peak.label : worst.typical.label }
}

function answerOps({ recovery }: Evaluation, locale: Locale): StakeholderAnswer {
  const w = viewSay(locale)
  const total = recovery.scenarios.length
  // Half the scenarios recovering on their own is where a night on call stops being the norm.
  const verdict: Verdict = recovery.autoCount === total ? 'good' : recovery.autoCount * 2 >= total ? 'warn' : 'bad'
  const spof = recovery.singlePointsOfFailure
  return {
    tab: 'ops',
    stakeholder: w('tab', { tab: 'ops' }),
    question: w('ops-question'),
    answer: w('ops-answer', { auto: recovery.autoCount, total }),
    detail: w('ops-detail', { partial: recovery.partialCount, manual: recovery.manualCount, spof: spof.length ? joinList(spof.map((id) => nameSinglePoint(id, locale)), locale) : null }),
    verdict,
  }
}

/** "every service" when a statement covers them all, else their names. */
function nameServices(subset: readonly ServiceCapacity[], all: readonly ServiceCapacity[], locale: Locale): string {
  return subset.length === all.length && all.length > 1 ? viewSay(locale)('every-service') : joinList(subset.map((s) => s.name), locale)
}

/** Whether the subject takes a singular verb: "every service hits", "Order service and Payment service run". */
function isOne(subset: readonly ServiceCapacity[], all: readonly ServiceCapacity[]): boolean {
  return subset.length === 1 || (subset.length === all.length && all.length > 1)
}

function answerBusiness({ scenario, evaluation }: ViewProps, locale: Locale): StakeholderAnswer {
  const w = viewSay(locale)
  const { peak } = scenario.requirements.traffic
  const services = evaluation.capacity.services
  const maxById = new Map(scenario.config.services.map((s) => [s.id, s.count.max]))
  const overloaded = services.filter((s) => !Number.isFinite(s.peak.p95Ms) || !s.peak.meetsSla)
  const belowAdvice = services.filter((s) => s.recommendedTasks === null || s.peakTasks < s.recommendedTasks)
  const atCeiling = services.filter((s) => s.peakTasks >= (maxById.get(s.serviceId) ?? Infinity))
  const verdict: Verdict = overloaded.length > 0 ? 'bad' : belowAdvice.length > 0 || atCeiling.length > 0 ? 'warn' : 'good'
  const tasks = describeRange(services.map((s) => s.peakTasks), locale)
  const worstPeak = Math.max(...services.map((s) => s.peak.p95Ms))
  const rps = formatRps(peak.rps, locale)
  const answer =
    overloaded.length > 0
      ? w('business-no', { peak: peak.name, rps, services: nameServices(overloaded, services, locale) })
      : w('business-yes', { peak: peak.name, rps, tasks, p95: formatMs(worstPeak, locale) })
  const notes = [
    w('business-range', { typical: describeRange(services.map((s) => s.typical.tasks), locale), peak: tasks, ceiling: describeRange([...maxById.values()], locale) }),
    belowAdvice.length > 0 ? w('below-advice', { subject: nameServices(belowAdvice, services, locale), one: isOne(belowAdvice, services) }) : null,
    atCeiling.length > 0 ? w('at-ceiling', { subject: nameServices(atCeiling, services, locale), one: isOne(atCeiling, services) }) : null,
  ]
  return {
    tab: 'business',
    stakeholder: w('tab', { tab: 'business' }),
    question: w('business-question', { peak: peak.name }),
    answer,
    detail: w('business-detail', { notes: notes.filter((note) => note !== null) }),
    verdict,
  }
}

function answerSecurity({ scenario, evaluation }: ViewProps, locale: Locale): StakeholderAnswer {
  const w = viewSay(locale)
  const { security } = evaluation
  const q = security.dbQuestion
  const names = (q.path ?? []).map((id) => namePathNode(id, security.placement, scenario.config, locale))
  const passed = security.layers.filter((l) => l.passed).length
  const { high, medium, low } = security.counts
  const exposed = q.access === 'through-exposed-host'
  const verdict: Verdict = q.direct || high > 0 ? 'bad' : exposed || medium > 0 || passed < security.layers.length ? 'warn' : 'good'
  const answer = q.direct
    ? w('security-direct', { port: q.port })
    : q.access === 'through-application'
      ? w('security-through-app', { path: names.join(' → ') })
      : exposed
        ? w('security-indirect', { via: q.foothold ? namePathNode(q.foothold, security.placement, scenario.config, locale) : w('another-resource'), path: names.join(' → ') })
        : w('security-none')
  return {
    tab: 'security',
    stakeholder: w('tab', { tab: 'security' }),
    question: w('security-question'),
    answer,
    detail: w('security-detail', { passed, layers: security.layers.length, high, medium, low }),
    verdict,
  }
}

function answerFinance({ cost }: Evaluation, locale: Locale): StakeholderAnswer {
  const w = viewSay(locale)
  const { budget } = cost
  const verdict: Verdict = !budget.withinBudget ? 'bad' : cost.complete ? 'good' : 'warn'
  const atLeast = cost.complete ? '' : w('at-least-cap')
  const gap = budget.withinBudget
    ? w('under-budget', { krw: formatKrw(-budget.overByKrw, locale), usd: formatUsd(-budget.overByUsd, locale) })
    : w('over-budget', { krw: formatKrw(budget.overByKrw, locale), usd: formatUsd(budget.overByUsd, locale) })
  return {
    tab: 'finance',
    stakeholder: w('tab', { tab: 'finance' }),
    question: w('finance-question'),
    answer: w('finance-answer', { atLeast, krw: formatKrw(cost.monthlyKrw, locale), usd: formatUsd(cost.monthlyUsd, locale), budgetKrw: formatKrw(budget.budgetKrw, locale), budgetUsd: formatUsd(budget.budgetUsd, locale) }),
    detail: w('finance-detail', { gap, rate: formatCount(cost.krwPerUsd, locale), unknownLines: cost.complete ? null : cost.unknownLines.length }),
    verdict,
  }
}

function answerCto({ scenario, evaluation }: ViewProps, locale: Locale): StakeholderAnswer {
  const w = viewSay(locale)
  const { capacity } = evaluation
  const worst = findWorstService(capacity.services)
  const meeting = capacity.services.filter((s) => s.meetsSla).length
  const sla = formatMs(capacity.slaP95Ms, locale)
  return {
    tab: 'cto',
    stakeholder: w('tab', { tab: 'cto' }),
    question: w('cto-question', { endpoint: scenario.requirements.sla.endpoint }),
    answer: !worst
      ? w('cto-no-services')
      : Number.isFinite(worst.service.p95Ms)
        ? w('cto-worst', { p95: formatMs(worst.service.p95Ms, locale), service: worst.service.name, at: sayCapacity(locale, worst.at), sla })
        : w('cto-overloaded', { service: worst.service.name, at: sayCapacity(locale, worst.at), sla }),
    detail: w('cto-detail', { met: capacity.meetsSla, meeting, total: capacity.services.length, sla }),
    verdict: capacity.meetsSla ? 'good' : 'bad',
  }
}

/**
 * The five answers a lead shows first, one per stakeholder, in the order of the tabs.
 * Example (swiftlogix): Ops "2 of 8 failures recover by themselves" (bad), Business "Yes: Black Friday at
 * 200 req/s runs 10 tasks per service, p95 95 ms" (good), Security "No, not directly: …" (good),
 * Finance "₩261,131 ($200.87) a month vs ₩150,000 ($115.38)" (bad), CTO "Worst p95 95 ms …" (good).
 */
export function answerStakeholders(props: ViewProps, locale: Locale): StakeholderAnswer[] {
  const { runnable } = props.evaluation.design
  const answers = [answerOps(props.evaluation, locale), answerBusiness(props, locale), answerSecurity(props, locale), answerFinance(props.evaluation, locale), answerCto(props, locale)]
  return answers.map((answer) => ({ ...answer, verdict: gateVerdict(answer.tab, answer.verdict, runnable) }))
}
