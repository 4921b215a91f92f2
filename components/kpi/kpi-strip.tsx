'use client'

import { useT } from '@/components/i18n/locale-provider'
import { useEvaluation } from '@/components/store/use-evaluation'
import { formatKrw, formatMs, formatUsd } from '@/lib/i18n/format'
import dynamic from 'next/dynamic'
import { KpiCard } from './kpi-card'
import { DesignBlockedBanner } from './design-blocked-banner'
import { sayDesign } from '@/lib/i18n/catalog/say-design'
import { useKpiSay } from './kpi-say'

// The popovers' formulas, sources and engine sentences (and the catalogs that word them) are hidden
// until a card is opened: they load after the page, which keeps first-load JS under 300 KB.
const explanations = () => import('./kpi-explanations')
const CostExplanation = dynamic(() => explanations().then((m) => m.CostExplanation), { ssr: false })
const BudgetExplanation = dynamic(() => explanations().then((m) => m.BudgetExplanation), { ssr: false })
const CoverageExplanation = dynamic(() => explanations().then((m) => m.CoverageExplanation), { ssr: false })
const LatencyExplanation = dynamic(() => explanations().then((m) => m.LatencyExplanation), { ssr: false })
const FindingsExplanation = dynamic(() => explanations().then((m) => m.FindingsExplanation), { ssr: false })

/** The five headline answers, each opening to its formula, inputs and sources. */
export function KpiStrip() {
  const { scenario, evaluation } = useEvaluation()
  const { cost, recovery, capacity, security, design } = evaluation
  // A design that cannot start earns no green verdict: its would-be figures stay, greyed out.
  const gate = (tone: 'good' | 'warn' | 'bad' | 'neutral') => (design.runnable || tone === 'bad' ? tone : 'neutral')
  const worst = capacity.services.reduce((a, b) => (b.p95Ms > a.p95Ms ? b : a))
  const budgetKrw = Math.abs(cost.budget.overByKrw)
  const t = useT()
  const { k, locale } = useKpiSay()
  const cannotStart = sayDesign(locale, { code: 'design.ui.cannot-start', params: {} })
  return (
    <>
      {!design.runnable && <DesignBlockedBanner blockers={design.blockers} locale={locale} />}
      {/* On a phone the monthly cost has a row of its own and the others go two to a row; three to a row on a tablet, the five in one from xl. */}
      <div role="group" className="grid grid-cols-2 gap-3 max-sm:gap-2 md:grid-cols-3 xl:grid-cols-5 max-md:[&>:first-child]:col-span-2" aria-label={t('kpi.strip')}>
        <KpiCard
          testId="kpi-monthly-cost"
          label={t('kpi.cost')}
          tone="neutral"
          value={
            <>
              {formatUsd(cost.monthlyUsd, locale)}
              {!cost.complete && <span title={t('kpi.lowerBound')}>+</span>}
              <span className="ml-1.5 inline-block text-sm font-medium text-slate-500">{formatKrw(cost.monthlyKrw, locale)}</span>
            </>
        }
        detail={k('cost-detail', { minUsd: formatUsd(cost.band.minUsd, locale), peakUsd: formatUsd(cost.band.peakUsd, locale), unknownLines: cost.complete ? null : cost.unknownLines.length })}
        explain={<CostExplanation cost={cost} />}
      />
      <KpiCard
        testId="kpi-budget"
        label={t('kpi.budget')}
        // A lower bound within budget is not a design within budget: the unknown lines may tip it over.
        tone={gate(!cost.budget.withinBudget ? 'bad' : cost.complete ? 'good' : 'warn')}
        value={!cost.budget.withinBudget ? t('kpi.over') : cost.complete ? t('kpi.within') : t('kpi.withinSoFar')}
        detail={k('budget-detail', { within: cost.budget.withinBudget, gapKrw: formatKrw(budgetKrw, locale), budgetKrw: formatKrw(cost.budget.budgetKrw, locale) })}
        explain={<BudgetExplanation cost={cost} />}
      />
      <KpiCard
        testId="kpi-recovery-coverage"
        label={t('kpi.recovery')}
        tone={!design.runnable ? 'bad' : recovery.manualCount === 0 ? 'good' : recovery.autoCount >= recovery.scenarios.length / 2 ? 'warn' : 'bad'}
        value={design.runnable ? k('recovery-value', { auto: recovery.autoCount, total: recovery.scenarios.length }) : cannotStart}
        detail={k('recovery-detail', { partial: recovery.partialCount, manual: recovery.manualCount })}
        explain={<CoverageExplanation recovery={recovery} />}
      />
      <KpiCard
        testId="kpi-p95-latency"
        label={t('kpi.p95')}
        tone={!design.runnable ? 'bad' : capacity.meetsSla ? 'good' : 'bad'}
        value={design.runnable ? formatMs(worst.p95Ms, locale) : cannotStart}
        detail={k('latency-detail', { sla: formatMs(capacity.slaP95Ms, locale), met: design.runnable ? capacity.meetsSla : null, endpoint: scenario.requirements.sla.endpoint })}
        explain={<LatencyExplanation capacity={capacity} />}
      />
      <KpiCard
        testId="kpi-security-findings"
        label={t('kpi.findings')}
        tone={gate(security.counts.high > 0 ? 'bad' : security.counts.medium > 0 ? 'warn' : 'good')}
        value={k('findings-value', { high: security.counts.high })}
        detail={k('findings-detail', { medium: security.counts.medium, low: security.counts.low })}
        explain={<FindingsExplanation security={security} />}
      />
    </div>
    </>
  )
}
