import type { CostLine } from '../cost'
import type { Evaluation } from '../evaluate'
import type { Locale } from '../i18n'
import { sayNarrative } from '../i18n/catalog/say-narrative'
import { toKrw } from '../i18n/format'
import type { Scenario } from '../model'
import type { NarrativeReason } from '../i18n/catalog/narrative-reasons'
import type { NarrativeSection, Verdict } from './types'

/** How many cost groups the finance slide names. */
const TOP_GROUPS = 3

type CostComponent = CostLine['component']
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

function sentences(f: FinanceFacts): NarrativeReason[] {
  const said: (NarrativeReason | null)[] = [
    { code: 'narrative.finance.total', params: { complete: f.complete, monthlyKrw: f.monthlyKrw, within: f.within, overByKrw: f.overByKrw, budgetKrw: f.budgetKrw } },
    { code: 'narrative.finance.dollars', params: { monthlyUsd: f.monthlyUsd, krwPerUsd: f.krwPerUsd, pricesAsOf: f.pricesAsOf } },
    f.complete ? null : { code: 'narrative.finance.unknown', params: { count: f.unknownCount } },
    f.groups.length > 0 ? { code: 'narrative.finance.groups', params: { groups: f.groups.slice(0, TOP_GROUPS) } } : null,
    f.within ? null : { code: 'narrative.finance.gap', params: { overByKrw: f.overByKrw, gapPercent: gapPercent(f) } },
    f.peakMonthKrw > f.monthlyKrw ? { code: 'narrative.finance.peak', params: { peakName: f.peakName, peakMonthKrw: f.peakMonthKrw } } : null,
  ]
  return said.filter((r): r is NarrativeReason => r !== null)
}

/**
 * "What does it cost a month, against the budget?" in won, with dollars and the rate beside it.
 * Example (swiftlogix, en): "The plan costs ₩261,131 a month, ₩111,131 over the ₩150,000 budget."
 */
export function narrateFinance(scenario: Scenario, evaluation: Evaluation, locale: Locale): NarrativeSection {
  const f = gatherFacts(scenario, evaluation)
  const say = (reason: NarrativeReason) => sayNarrative(locale, reason)
  return {
    id: 'finance',
    title: say({ code: 'narrative.section-title', params: { id: 'finance' } }),
    question: say({ code: 'narrative.finance.question', params: {} }),
    headline: say({ code: 'narrative.finance.headline', params: { complete: f.complete, monthlyKrw: f.monthlyKrw, within: f.within, overByKrw: f.overByKrw } }),
    sentences: sentences(f).map(say),
    verdict: judge(f),
  }
}
