'use client'

import { useEvaluation } from '@/components/store/use-evaluation'
import { formatKrw, formatMs, formatUsd } from '@/components/ui/format'
import { KpiCard } from './kpi-card'
import { CostExplanation, BudgetExplanation, CoverageExplanation, LatencyExplanation, FindingsExplanation } from './kpi-explanations'

/** The five headline answers, each opening to its formula, inputs and sources. */
export function KpiStrip() {
  const { scenario, evaluation } = useEvaluation()
  const { cost, recovery, capacity, security } = evaluation
  const worst = capacity.services.reduce((a, b) => (b.p95Ms > a.p95Ms ? b : a))
  const budgetKrw = Math.abs(cost.budget.overByKrw)
  return (
    <div className="grid grid-cols-5 gap-3" aria-label="Key figures">
      <KpiCard
        testId="kpi-monthly-cost"
        label="Monthly cost"
        tone="neutral"
        value={
          <>
            {formatUsd(cost.monthlyUsd)}
            {!cost.complete && <span title="Some prices are unknown: this is a lower bound">+</span>}
            <span className="ml-1.5 text-sm font-medium text-slate-500">{formatKrw(cost.monthlyKrw)}</span>
          </>
        }
        detail={`band ${formatUsd(cost.band.minUsd)} – ${formatUsd(cost.band.peakUsd)}${cost.complete ? '' : ` · ${cost.unknownLines.length} unknown`}`}
        explain={<CostExplanation cost={cost} />}
      />
      <KpiCard
        testId="kpi-budget"
        label="Budget"
        tone={cost.budget.withinBudget ? 'good' : 'bad'}
        value={cost.budget.withinBudget ? 'Within' : 'Over'}
        detail={`${cost.budget.withinBudget ? `${formatKrw(budgetKrw)} left` : `by ${formatKrw(budgetKrw)}`} of ${formatKrw(cost.budget.budgetKrw)}`}
        explain={<BudgetExplanation cost={cost} />}
      />
      <KpiCard
        testId="kpi-recovery-coverage"
        label="Automatic recovery"
        tone={recovery.manualCount === 0 ? 'good' : recovery.autoCount >= recovery.scenarios.length / 2 ? 'warn' : 'bad'}
        value={`${recovery.autoCount}/${recovery.scenarios.length} auto`}
        detail={`${recovery.partialCount} partial · ${recovery.manualCount} manual`}
        explain={<CoverageExplanation recovery={recovery} />}
      />
      <KpiCard
        testId="kpi-p95-latency"
        label="p95 at peak"
        tone={capacity.meetsSla ? 'good' : 'bad'}
        value={formatMs(worst.p95Ms)}
        detail={`SLA < ${formatMs(capacity.slaP95Ms)} · ${capacity.meetsSla ? 'met' : 'missed'} · ${scenario.requirements.sla.endpoint}`}
        explain={<LatencyExplanation capacity={capacity} />}
      />
      <KpiCard
        testId="kpi-security-findings"
        label="Security findings"
        tone={security.counts.high > 0 ? 'bad' : security.counts.medium > 0 ? 'warn' : 'good'}
        value={`${security.counts.high} high`}
        detail={`${security.counts.medium} medium · ${security.counts.low} low`}
        explain={<FindingsExplanation security={security} />}
      />
    </div>
  )
}
