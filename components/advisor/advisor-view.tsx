'use client'

import { memo, useCallback, useMemo, useRef, useState } from 'react'
import { useLocale } from '@/components/i18n/locale-provider'
import { useDashboardStore } from '@/components/store/dashboard-store'
import type { ViewProps } from '@/components/views/view-props'
import { judge, resolveGoals } from '@/lib/advise/goals'
import type { AdviceGoals, Proposal } from '@/lib/advise/types'
import { formatWon } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locale'
import { AdvisorGoals } from './advisor-goals'
import { AdvisorPreview } from './advisor-preview'
import { advisorSay } from './advisor-say'
import { AdvisorStatus } from './advisor-status'
import { FrontierChart } from './frontier-chart'
import { frontierPoints, previewedProposal } from './frontier-points'
import { ProposalTable } from './proposal-table'
import { useAdvice } from './use-advice'

// A run starting or ending changes only the status and the greying: the chart and the tables, whose
// answer is the same, are not drawn again then (it happens on every edit while the user works).
const FrontierChartMemo = memo(FrontierChart)
const ProposalTableMemo = memo(ProposalTable)

/**
 * The Advisor tab: the goals (from the requirements, editable), the advisor's answer computed in a
 * web worker, the frontier as a chart and a table, and the previewed design with Apply, which
 * adopts it as one undoable step.
 */
export function AdvisorView({ scenario, evaluation }: ViewProps) {
  const { locale } = useLocale()
  const w = useMemo(() => advisorSay(locale), [locale])
  const replaceScenario = useDashboardStore((s) => s.replaceScenario)
  const [overrides, setOverrides] = useState<Partial<AdviceGoals>>({})
  const goals = useMemo(() => resolveGoals(scenario, overrides), [scenario, overrides])
  const advice = useAdvice(scenario, goals, { enabled: true })
  const [picked, setPicked] = useState<Proposal | null>(null)

  const { result, state } = advice
  const current = useMemo(() => judge(scenario, evaluation, goals), [scenario, evaluation, goals])
  const previewed = result && previewedProposal(result, picked)
  const points = useMemo(() => (result ? frontierPoints(result, current, previewed) : []), [result, current, previewed])
  const stale = state !== 'done'
  const previewBox = useRef<HTMLDivElement>(null)
  // A row's Preview button may sit below the preview: bring the preview into view, as a click on the chart above it needs not.
  const pickFromTable = useCallback((proposal: Proposal) => {
    setPicked(proposal)
    requestAnimationFrame(() => previewBox.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' }))
  }, [])
  const closestLabel = useCallback((rank: number) => w('preview-closest-button', { rank }), [w])
  const frontierLabel = useCallback((rank: number) => w('preview-button', { rank }), [w])
  const summary = useMemo(() => (result ? frontierSummary(result.frontier, locale) : ''), [result, locale])
  const apply = useCallback((proposal: Proposal) => replaceScenario(proposal.scenario, null), [replaceScenario])

  return (
    <div data-testid="advisor-view" className="space-y-4">
      <section className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <header className="mb-3">
          <h3 className="text-sm font-semibold text-slate-900">{w('title')}</h3>
          <p className="mt-0.5 text-xs text-slate-500">{w('question')}</p>
        </header>
        <div className="grid gap-5 lg:grid-cols-[15rem_minmax(0,1fr)]">
          <AdvisorGoals
            locale={locale}
            goals={goals}
            peakName={scenario.requirements.traffic.peak.name}
            scenarioIds={evaluation.recovery.scenarios.map((s) => s.id)}
            edited={Object.keys(overrides).length > 0}
            onChange={(change) => setOverrides((before) => ({ ...before, ...change }))}
            onReset={() => setOverrides({})}
          />
          <div className="min-w-0 space-y-3">
            <AdvisorStatus locale={locale} advice={advice} />
            {result && (
              <div className={stale ? 'opacity-60' : undefined} aria-busy={stale}>
                <p data-testid="advisor-answer" className="mb-3 text-sm font-medium text-slate-900">
                  {result.best ? w('answer.best', { krw: formatWon(result.best.monthlyKrw, locale) }) : w('answer.none-meets', { closest: result.closest.length })}
                </p>
                {!result.best && result.closest.length > 0 && (
                  <div className="mb-4">
                    <ProposalTableMemo
                      locale={locale}
                      proposals={result.closest}
                      caption={w('closest.caption')}
                      buttonLabel={closestLabel}
                      sayMisses="amounts"
                      previewed={previewed}
                      onPick={pickFromTable}
                    />
                  </div>
                )}
                <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{w('frontier.title')}</h4>
                <p className="mb-2 text-xs text-slate-500">{w('frontier.subtitle')}</p>
                <FrontierChartMemo locale={locale} points={points} summary={summary} onPick={setPicked} />
              </div>
            )}
            {result && previewed && (
              <div ref={previewBox} className="scroll-mt-4">
                <AdvisorPreview locale={locale} result={result} proposal={previewed} current={current} canApply={!stale} onApply={apply} />
              </div>
            )}
            {result && (
              <div className={stale ? 'opacity-60' : ''}>
                <ProposalTableMemo
                  locale={locale}
                  proposals={result.frontier}
                  caption={w('table.caption')}
                  buttonLabel={frontierLabel}
                  previewed={previewed}
                  onPick={pickFromTable}
                />
              </div>
            )}
          </div>
        </div>
      </section>
    </div>
  )
}

/** "14 designs on the frontier, from ₩122,382 to ₩1,247,532 a month, against recovery coverage." */
function frontierSummary(frontier: Proposal[], locale: Locale): string {
  const w = advisorSay(locale)
  if (frontier.length === 0) return w('frontier.empty')
  const costs = frontier.map((p) => p.monthlyKrw)
  return w('frontier.summary', { count: frontier.length, cheapest: formatWon(Math.min(...costs), locale), dearest: formatWon(Math.max(...costs), locale) })
}
