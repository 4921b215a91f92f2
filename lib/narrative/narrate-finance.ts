import type { CostComponent } from '../cost'
import type { Evaluation } from '../evaluate'
import { formatNumber, type Locale } from '../i18n'
import type { Scenario } from '../model'
import { formatDate, formatDollars, formatWon, toKrw } from '../i18n/format'
import { withJosa } from '../i18n/josa'
import { joinList } from '../i18n/join-list'
import { COST_GROUP_NAME, SECTION_TITLE } from './plain-names'
import type { NarrativeSection, Verdict } from './types'

/** How many cost groups the finance slide names. */
const TOP_GROUPS = 3

type CostGroup = { component: CostComponent; krw: number }

type FinanceFacts = {
  monthlyKrw: number
  monthlyUsd: number
  budgetKrw: number
  overByKrw: number
  within: boolean
  complete: boolean
  unknownCount: number
  krwPerUsd: number
  pricesAsOf: string
  groups: CostGroup[]
  peakName: string
  peakMonthKrw: number
}

/** Known lines summed per component, largest first. */
export function groupCostByComponent(evaluation: Evaluation): CostGroup[] {
  const { cost } = evaluation
  const usd = new Map<CostComponent, number>()
  for (const line of cost.lines) if (line.monthlyUsd !== null) usd.set(line.component, (usd.get(line.component) ?? 0) + line.monthlyUsd)
  return [...usd]
    .map(([component, value]) => ({ component, krw: toKrw(value, cost.krwPerUsd) }))
    .filter((g) => g.krw > 0)
    .sort((a, b) => b.krw - a.krw)
}

function gatherFacts(scenario: Scenario, evaluation: Evaluation): FinanceFacts {
  const { cost } = evaluation
  return {
    monthlyKrw: cost.monthlyKrw,
    monthlyUsd: cost.monthlyUsd,
    budgetKrw: cost.budget.budgetKrw,
    overByKrw: cost.budget.overByKrw,
    within: cost.budget.withinBudget,
    complete: cost.complete,
    unknownCount: cost.unknownLines.length,
    krwPerUsd: cost.krwPerUsd,
    pricesAsOf: cost.priceCatalogCompiled,
    groups: groupCostByComponent(evaluation),
    peakName: scenario.requirements.traffic.peak.name,
    peakMonthKrw: toKrw(cost.band.peakUsd, cost.krwPerUsd),
  }
}

function judge(f: FinanceFacts): Verdict {
  return !f.within ? 'bad' : f.complete ? 'good' : 'warn'
}

/** The gap as a share of the bill: what has to go to fit the budget. */
function gapPercent(f: FinanceFacts): number {
  return f.monthlyKrw === 0 ? 0 : Math.round((f.overByKrw / f.monthlyKrw) * 100)
}

const en = {
  question: 'What does it cost a month, against the budget?',
  headline: (f: FinanceFacts) => {
    const total = `${f.complete ? '' : 'At least '}${formatWon(f.monthlyKrw, 'en')} a month`
    return f.within ? `${total}, within budget` : `${total}, ${formatWon(f.overByKrw, 'en')} over budget`
  },
  total: (f: FinanceFacts) =>
    `The plan costs ${f.complete ? '' : 'at least '}${formatWon(f.monthlyKrw, 'en')} a month, ${formatWon(Math.abs(f.overByKrw), 'en')} ${
      f.within ? 'under' : 'over'
    } the ${formatWon(f.budgetKrw, 'en')} budget.`,
  dollars: (f: FinanceFacts) =>
    `That is ${formatDollars(f.monthlyUsd, 'en')} at ${formatWon(f.krwPerUsd, 'en')} to the US dollar, with AWS prices as of ${formatDate(f.pricesAsOf, 'en')}.`,
  unknown: (f: FinanceFacts) =>
    `${f.unknownCount} ${f.unknownCount === 1 ? 'price is' : 'prices are'} not known yet, so the real total will be higher.`,
  groups: (f: FinanceFacts) =>
    `The biggest items are ${joinList(f.groups.slice(0, TOP_GROUPS).map((g) => `${COST_GROUP_NAME.en[g.component]} (${formatWon(g.krw, 'en')})`), 'en')}.`,
  gap: (f: FinanceFacts) =>
    `Fitting the budget means cutting ${formatWon(f.overByKrw, 'en')} a month (${formatNumber(gapPercent(f), 'en')} % of the bill), or raising the budget.`,
  peak: (f: FinanceFacts) => `In a month with ${f.peakName}, the extra servers bring the bill to about ${formatWon(f.peakMonthKrw, 'en')}.`,
}

const ko = {
  question: '한 달에 얼마가 들고, 예산 안에 들어오나요?',
  headline: (f: FinanceFacts) => {
    const total = `월 ${f.complete ? '' : '최소 '}${formatWon(f.monthlyKrw, 'ko')}`
    return f.within ? `${total}, 예산 이내` : `${total}, 예산 ${formatWon(f.overByKrw, 'ko')} 초과`
  },
  total: (f: FinanceFacts) =>
    f.within
      ? `이 구성의 월 비용은 ${f.complete ? '' : '최소 '}${formatWon(f.monthlyKrw, 'ko')}으로, 예산 ${formatWon(f.budgetKrw, 'ko')}보다 ${formatWon(-f.overByKrw, 'ko')} 적습니다.`
      : `이 구성의 월 비용은 ${f.complete ? '' : '최소 '}${formatWon(f.monthlyKrw, 'ko')}으로, 예산 ${withJosa(formatWon(f.budgetKrw, 'ko'), '을/를')} ${formatWon(f.overByKrw, 'ko')} 초과합니다.`,
  dollars: (f: FinanceFacts) =>
    `달러로는 ${formatDollars(f.monthlyUsd, 'ko')}이며, 1달러당 ${formatWon(f.krwPerUsd, 'ko')}으로 환산했습니다(AWS 단가 기준일 ${formatDate(f.pricesAsOf, 'ko')}).`,
  unknown: (f: FinanceFacts) => `가격을 아직 알 수 없는 항목이 ${f.unknownCount}개 있어, 실제 비용은 이보다 높습니다.`,
  groups: (f: FinanceFacts) =>
    `비용이 큰 항목은 ${joinList(f.groups.slice(0, TOP_GROUPS).map((g) => `${COST_GROUP_NAME.ko[g.component]} ${formatWon(g.krw, 'ko')}`), 'ko')} 순입니다.`,
  gap: (f: FinanceFacts) =>
    `예산에 맞추려면 월 ${formatWon(f.overByKrw, 'ko')}(현재 비용의 ${formatNumber(gapPercent(f), 'ko')}%)을 줄이거나 예산을 늘려야 합니다.`,
  peak: (f: FinanceFacts) => `${f.peakName} 기간이 있는 달에는 늘어나는 서버 때문에 약 ${formatWon(f.peakMonthKrw, 'ko')}이 됩니다.`,
}

const TEXT = { en, ko } satisfies Record<Locale, unknown>

/**
 * "What does it cost a month, against the budget?" in won, with dollars and the rate beside it.
 * Example (swiftlogix, en): "The plan costs ₩261,131 a month, ₩111,131 over the ₩150,000 budget."
 */
export function narrateFinance(scenario: Scenario, evaluation: Evaluation, locale: Locale): NarrativeSection {
  const f = gatherFacts(scenario, evaluation)
  const t = TEXT[locale]
  const sentences = [
    t.total(f),
    t.dollars(f),
    f.complete ? null : t.unknown(f),
    f.groups.length > 0 ? t.groups(f) : null,
    f.within ? null : t.gap(f),
    f.peakMonthKrw > f.monthlyKrw ? t.peak(f) : null,
  ].filter((s): s is string => s !== null)
  return { id: 'finance', title: SECTION_TITLE[locale].finance, question: t.question, headline: t.headline(f), sentences, verdict: judge(f) }
}
