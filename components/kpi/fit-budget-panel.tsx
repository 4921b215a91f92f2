'use client'

import { useState } from 'react'
import type { FitBudgetResult, FitOption, RecoveryLoss } from '@/lib/advise/fit-budget'
import type { Scenario } from '@/lib/model'
import { useDashboardStore } from '@/components/store/dashboard-store'
import { changeWords } from '@/lib/i18n/catalog/say-compare'
import { sayRecovery } from '@/lib/i18n/catalog/say-recovery'
import { formatDurationShort, formatKrw, formatMs } from '@/lib/i18n/format'
import { modeWord } from '@/lib/recovery'
import { useKpiSay } from './kpi-say'

/** The answer for one scenario: a new edit makes it stale, and the panel offers the button again. */
type Found = { scenario: Scenario; result: FitBudgetResult }

const BUTTON = 'rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 disabled:opacity-50'

/**
 * "Fit the budget": the cheapest changes that bring the design within budget, each with what it costs
 * in recovery and latency, and Apply (one undoable step). The engine and its figures load and run on
 * the click, after the "Finding…" state has painted: nothing is computed while the popover is closed.
 */
export function FitBudgetPanel() {
  const { k } = useKpiSay()
  const scenario = useDashboardStore((s) => s.scenario)
  const presetId = useDashboardStore((s) => s.presetId)
  const replaceScenario = useDashboardStore((s) => s.replaceScenario)
  const [found, setFound] = useState<Found | null>(null)
  const [finding, setFinding] = useState<Scenario | null>(null)
  const current = found?.scenario === scenario ? found.result : null

  const find = async () => {
    const asked = scenario
    setFinding(asked)
    const { fitBudget } = await import('@/lib/advise/fit-budget')
    // One frame for "Finding…" to paint before the search takes the main thread.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    setFound({ scenario: asked, result: fitBudget(asked) })
    setFinding(null)
  }

  return (
    <div className="space-y-2 border-t border-slate-100 pt-2">
      {!current && (
        <button type="button" className={BUTTON} onClick={find} disabled={finding === scenario}>
          {k('fit-budget')}
        </button>
      )}
      {finding === scenario && (
        <p role="status" className="text-xs text-slate-500">
          {k('fit-finding')}
        </p>
      )}
      {current && current.overByKrw === 0 && <p className="text-xs text-slate-600">{k('fit-within')}</p>}
      {current && current.overByKrw > 0 && current.options.length === 0 && <p className="text-xs text-slate-600">{k('fit-none', { maxLevers: current.maxLevers })}</p>}
      {current && current.options.length > 0 && (
        <ol data-testid="fit-budget-options" aria-label={k('fit-options')} className="space-y-2">
          {current.options.map((option, i) => (
            <FitOptionItem key={i} option={option} onApply={() => replaceScenario(option.scenario, presetId)} />
          ))}
        </ol>
      )}
    </div>
  )
}

function FitOptionItem({ option, onApply }: { option: FitOption; onApply: () => void }) {
  const { k, locale } = useKpiSay()
  const recovery = option.recoveryLosses.map((loss) => k('fit-recovery', recoveryParams(loss, locale)))
  const costs = [...(recovery.length > 0 ? recovery : [k('fit-no-loss')])]
  if (option.p95Ms.before !== option.p95Ms.after)
    costs.push(k('fit-p95', { before: formatMs(option.p95Ms.before ?? Infinity, locale), after: formatMs(option.p95Ms.after ?? Infinity, locale), overSla: !option.meetsSla }))
  return (
    <li data-testid="fit-budget-option" className="rounded-md border border-slate-200 px-2.5 py-2 text-xs">
      <div className="flex items-start justify-between gap-3">
        <p className="font-semibold tabular-nums text-slate-900">{k('fit-saving', { savingKrw: formatKrw(option.savingKrw, locale), monthlyKrw: formatKrw(option.monthlyKrw, locale) })}</p>
        <button type="button" className={BUTTON} onClick={onApply}>
          {k('fit-apply')}
        </button>
      </div>
      <ul className="mt-1 space-y-0.5 text-slate-700">
        {option.changes.map((change) => {
          const words = changeWords(locale, change)
          return <li key={change.path}>{k('fit-change', words)}</li>
        })}
      </ul>
      <p className="mt-1 text-slate-500">{costs.join(' · ')}</p>
    </li>
  )
}

function recoveryParams(loss: RecoveryLoss, locale: ReturnType<typeof useKpiSay>['locale']) {
  const rtoGrew = (loss.rtoMinutesAfter ?? Infinity) > (loss.rtoMinutesBefore ?? Infinity)
  return {
    scenario: loss.scenarioId,
    modeChanged: loss.from !== loss.to,
    to: sayRecovery(locale, modeWord(loss.to)),
    rto: rtoGrew ? { before: formatDurationShort(loss.rtoMinutesBefore, locale), after: formatDurationShort(loss.rtoMinutesAfter, locale) } : null,
  }
}
