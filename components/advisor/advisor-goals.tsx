'use client'

import { NumberField } from '@/components/controls/number-field'
import type { AdviceGoals } from '@/lib/advise/types'
import { sayScenarioTitle } from '@/lib/i18n/catalog/say-scenario-title'
import type { Locale } from '@/lib/i18n/locale'
import type { ScenarioId } from '@/lib/recovery'
import { scenarioTitle } from '@/lib/recovery/recovery-reasons'
import { advisorSay } from './advisor-say'

type GoalsProps = {
  locale: Locale
  goals: AdviceGoals
  /** The requirements' peak event ("Black Friday"), naming the month whose budget is the second bound. */
  peakName: string
  /** The recovery scenarios this design is assessed for, in the engine's order. */
  scenarioIds: ScenarioId[]
  edited: boolean
  onChange: (change: Partial<AdviceGoals>) => void
  onReset: () => void
}

/** The goals the advisor aims for, prefilled from the requirements; every edit asks the advisor again. */
export function AdvisorGoals({ locale, goals, peakName, scenarioIds, edited, onChange, onReset }: GoalsProps) {
  const w = advisorSay(locale)
  const toggleAuto = (id: ScenarioId, on: boolean) => onChange({ mustBeAuto: on ? [...goals.mustBeAuto, id] : goals.mustBeAuto.filter((s) => s !== id) })
  return (
    <form aria-label={w('goals.title')} onSubmit={(e) => e.preventDefault()} className="space-y-3">
      <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{w('goals.title')}</h4>
      <NumberField label={w('goals.budget')} value={goals.budgetKrw} min={0} max={1e10} onCommit={(budgetKrw) => onChange({ budgetKrw })} />
      <NumberField label={w('goals.peak-budget', { peak: peakName })} value={goals.peakBudgetKrw} min={0} max={1e10} onCommit={(peakBudgetKrw) => onChange({ peakBudgetKrw })} />
      <NumberField label={w('goals.sla')} value={goals.slaP95Ms} min={1} max={600_000} onCommit={(slaP95Ms) => onChange({ slaP95Ms })} />
      <NumberField
        label={w('goals.coverage')}
        value={Math.round(goals.minCoverage * 1000) / 10}
        min={0}
        max={100}
        onCommit={(percent) => onChange({ minCoverage: percent / 100 })}
      />
      <NumberField label={w('goals.max-rto')} value={goals.maxRtoMinutes} placeholder={w('goals.no-bound')} min={0} max={100_000} onCommit={(maxRtoMinutes) => onChange({ maxRtoMinutes })} />
      <NumberField label={w('goals.max-rpo')} value={goals.maxRpoMinutes} placeholder={w('goals.no-bound')} min={0} max={100_000} onCommit={(maxRpoMinutes) => onChange({ maxRpoMinutes })} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{w('goals.must-be-auto')}</legend>
        <div className="mt-1 space-y-1">
          {scenarioIds.map((id) => (
            <label key={id} className="flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" checked={goals.mustBeAuto.includes(id)} onChange={(e) => toggleAuto(id, e.target.checked)} className="h-4 w-4 accent-slate-900" />
              {sayScenarioTitle(locale, scenarioTitle(id))}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
        <input type="checkbox" checked={goals.noHighFindings} onChange={(e) => onChange({ noHighFindings: e.target.checked })} className="h-4 w-4 accent-slate-900" />
        {w('goals.no-high')}
      </label>
      {edited && (
        <button type="button" onClick={onReset} className="text-xs font-medium text-sky-700 underline underline-offset-2 hover:text-sky-900">
          {w('goals.reset')}
        </button>
      )}
    </form>
  )
}
