import { evaluateScenario, priceOptions, type Evaluation, type OptionDelta } from '../evaluate'
import type { Locale } from '../i18n'
import { setDbMultiAz, setNatGateways, type Scenario } from '../model'
import type { Finding } from '../security'
import { describeFinding } from './finding-title'
import { joinList } from '../i18n/join-list'
import { formatDate, formatExchangeRate, formatWon } from '../i18n/format'
import type { NarrativeDecision } from './types'

type DecisionFacts = {
  over: boolean
  monthlyKrw: number
  overByKrw: number
  budgetKrw: number
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

function gatherFacts(scenario: Scenario, evaluation: Evaluation): DecisionFacts {
  const { cost, capacity, security } = evaluation
  const options = priceOptions(scenario, evaluation)
  const resilience = options.filter((o) => o.applies && o.deltaAutoRecovery > 0 && o.id !== 'one-more-task').sort((a, b) => a.deltaKrw - b.deltaKrw)
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
    resilience,
    capacity: capacity.meetsSla ? null : (options.find((o) => o.id === 'one-more-task' && o.applies && o.deltaKrw > 0) ?? null),
    undersized,
    combined,
    high: security.findings.filter((f) => f.severity === 'high'),
    basis: { asOf: cost.priceCatalogCompiled, krwPerUsd: cost.krwPerUsd },
  }
}

const en = {
  title: 'Decision and next steps',
  headline: (f: DecisionFacts) =>
    f.over
      ? `Approve ${formatWon(f.monthlyKrw, 'en')} a month, or cut ${formatWon(f.overByKrw, 'en')}`
      : f.high.length > 0
        ? 'Fix the serious security issues first'
        : f.resilience.length > 0
          ? 'Decide how much resilience to buy'
          : f.capacity || f.undersized.length > 0
            ? 'Add capacity for the peak'
            : 'Ready to approve',
  budget: (f: DecisionFacts) =>
    `Budget: approve ${formatWon(f.monthlyKrw, 'en')} a month, ${formatWon(f.overByKrw, 'en')} more than planned, or cut the plan to fit ${formatWon(f.budgetKrw, 'en')}.`,
  option: (o: OptionDelta) => {
    const what =
      o.id === 'multi-az'
        ? 'Give the database a standby copy in a second data centre'
        : o.id === 'nat-per-az'
          ? 'Give each data centre its own outbound internet link'
          : 'Run one more server per service'
    const gain = o.deltaAutoRecovery === 1 ? 'one more failure fixes itself' : `${o.deltaAutoRecovery} more failures fix themselves`
    return `${what}: +${formatWon(o.deltaKrw, 'en')} a month, and ${gain}.`
  },
  capacity: (o: OptionDelta) => `Run one more server per service so answers stay within the target: +${formatWon(o.deltaKrw, 'en')} a month.`,
  undersized: (u: DecisionFacts['undersized'][number]) =>
    u.atCeiling
      ? `Raise the server limit of the ${u.name} from ${u.max} to at least ${u.recommended}, so the peak is carried with room to spare.`
      : `Let the ${u.name} add servers sooner at the peak, to at least ${u.recommended}.`,
  combined: (c: NonNullable<DecisionFacts['combined']>) =>
    `With both, the plan costs ${formatWon(c.monthlyKrw, 'en')} a month and ${c.autoCount} of ${c.total} failures fix themselves.`,
  security: (high: Finding[]) =>
    `Fix the ${high.length} serious security ${high.length === 1 ? 'issue' : 'issues'} first: ${joinList(high.map((h) => describeFinding(h, 'en')), 'en')}.`,
  nothing: 'Nothing needs to change before approval.',
  basis: (f: DecisionFacts) =>
    `Every figure comes from the ArchDeck model of this plan, with AWS prices as of ${formatDate(f.basis.asOf, 'en')} and ${formatExchangeRate(f.basis.krwPerUsd, 'en')}.`,
}

const ko = {
  title: '결정 사항과 다음 단계',
  headline: (f: DecisionFacts) =>
    f.over
      ? `월 ${formatWon(f.monthlyKrw, 'ko')} 승인, 또는 ${formatWon(f.overByKrw, 'ko')} 절감`
      : f.high.length > 0
        ? '심각한 보안 문제부터 해결'
        : f.resilience.length > 0
          ? '복원력에 얼마를 더 쓸지 결정'
          : f.capacity || f.undersized.length > 0
            ? '피크 대비 서버 증설'
            : '승인 가능',
  budget: (f: DecisionFacts) =>
    `예산: 월 ${formatWon(f.monthlyKrw, 'ko')}(계획보다 ${formatWon(f.overByKrw, 'ko')} 많음)을 승인하거나, 예산 ${formatWon(f.budgetKrw, 'ko')}에 맞게 구성을 줄여야 합니다.`,
  option: (o: OptionDelta) => {
    const what =
      o.id === 'multi-az'
        ? '데이터베이스에 다른 데이터센터의 대기 복제본을 두면'
        : o.id === 'nat-per-az'
          ? '데이터센터마다 외부 인터넷 연결(NAT)을 따로 두면'
          : '서비스마다 서버를 1대씩 늘리면'
    return `${what} 월 ${formatWon(o.deltaKrw, 'ko')}이 늘고, 자동으로 복구되는 장애가 ${o.deltaAutoRecovery}가지 늘어납니다.`
  },
  capacity: (o: OptionDelta) => `응답 속도 목표를 지키려면 서비스마다 서버를 1대씩 늘려야 하며, 월 ${formatWon(o.deltaKrw, 'ko')}이 늘어납니다.`,
  undersized: (u: DecisionFacts['undersized'][number]) =>
    u.atCeiling
      ? `${u.name}의 최대 서버 수를 ${u.max}대에서 ${u.recommended}대 이상으로 올려 피크 때 여유를 확보합니다.`
      : `${u.name}의 자동 확장 기준을 낮춰 피크 때 최소 ${u.recommended}대까지 늘어나도록 합니다.`,
  combined: (c: NonNullable<DecisionFacts['combined']>) =>
    `둘 다 적용하면 월 비용은 ${formatWon(c.monthlyKrw, 'ko')}, 자동으로 복구되는 장애는 ${c.total}가지 중 ${c.autoCount}가지가 됩니다.`,
  security: (high: Finding[]) => `심각한 보안 문제 ${high.length}건을 먼저 고쳐야 합니다: ${joinList(high.map((h) => describeFinding(h, 'ko')), 'ko')}.`,
  nothing: '승인 전에 바꿔야 할 것이 없습니다.',
  basis: (f: DecisionFacts) =>
    `모든 수치는 이 구성에 대한 ArchDeck 모델의 계산값입니다. AWS 단가 기준일은 ${formatDate(f.basis.asOf, 'ko')}, 환율은 ${formatExchangeRate(f.basis.krwPerUsd, 'ko')}입니다.`,
}

const TEXT = { en, ko } satisfies Record<Locale, unknown>

/**
 * What there is to decide, each choice with its price from the engine's options.
 * Example (swiftlogix, en): "Approve ₩261,131 a month, or cut ₩111,131"; "Give the database a standby
 * copy in a second data centre: +₩20,072 a month, and one more failure fixes itself."
 */
export function narrateDecision(scenario: Scenario, evaluation: Evaluation, locale: Locale): NarrativeDecision {
  const f = gatherFacts(scenario, evaluation)
  const t = TEXT[locale]
  const steps = [
    f.high.length > 0 ? t.security(f.high) : null,
    f.over ? t.budget(f) : null,
    ...f.resilience.map((o) => t.option(o)),
    f.combined ? t.combined(f.combined) : null,
    f.capacity ? t.capacity(f.capacity) : null,
    ...f.undersized.map((u) => t.undersized(u)),
  ].filter((s): s is string => s !== null)
  return { title: t.title, headline: t.headline(f), steps: steps.length > 0 ? steps : [t.nothing], basis: t.basis(f) }
}
