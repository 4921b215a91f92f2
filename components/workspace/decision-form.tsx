'use client'

import { useState, type FormEvent } from 'react'
import type { DecisionInput, DecisionRequest } from '@/lib/decisions/types'
import type { WorkspaceDetail } from '@/server/workspaces/types'
import { FieldErrorList } from './field-error-list'
import { useDashboardStoreApi } from '@/components/store/dashboard-store'
import { useRecordDecision } from './use-workspace-mutations'
import { BUTTON_PRIMARY, BUTTON_SECONDARY, INPUT, LABEL } from './workspace-styles'
import { useWorkspaceWords } from './use-workspace-words'

/**
 * Records a decision: title, context, the scenarios considered (ticked), the chosen one (radio),
 * consequences. Each option names its latest saved version; the server computes and freezes its
 * figures from that version (a version it cannot read comes back as a field error).
 */
export function DecisionForm({ workspace, nextNumber, onDone }: { workspace: WorkspaceDetail; nextNumber: number; onDone: () => void }) {
  const { w } = useWorkspaceWords()
  const dashboard = useDashboardStoreApi()
  const record = useRecordDecision()
  const [title, setTitle] = useState('')
  const [context, setContext] = useState('')
  const [consequences, setConsequences] = useState('')
  const [status, setStatus] = useState<DecisionInput['status']>('accepted')
  const [ticked, setTicked] = useState<string[]>([])
  const [chosen, setChosen] = useState<string | null>(null)
  const scenarios = workspace.scenarios.filter((s) => !s.id.startsWith('pending:'))

  const tick = (id: string, on: boolean) => {
    setTicked((list) => (on ? [...list, id] : list.filter((x) => x !== id)))
    if (on && chosen === null) setChosen(id)
    if (!on && chosen === id) setChosen(null)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const options = scenarios.filter((s) => ticked.includes(s.id)).map((s) => ({ scenarioId: s.id, version: s.latestVersion, name: s.name }))
    const input: DecisionRequest = { title, context, options, chosenScenarioId: chosen ?? '', consequences, status }
    record.mutate(
      { workspaceId: workspace.id, input },
      {
        onSuccess: (decision) => {
          dashboard.getState().notify({ kind: 'info', text: w('decisionRecorded', { number: decision.number }) })
          onDone()
        },
      },
    )
  }

  if (scenarios.length === 0) return <p className="mt-2 text-sm text-slate-500">{w('needsNoOptions')}</p>
  const busy = record.isPending
  return (
    <form onSubmit={submit} className="mt-3 space-y-3 rounded-lg border border-slate-200 bg-slate-50/60 p-3" aria-label={w('recordDecision')}>
      <div>
        <label htmlFor="decision-title" className={LABEL}>
          {w('title')}
        </label>
        <input id="decision-title" className={`${INPUT} mt-1`} value={title} maxLength={160} required placeholder={w('titlePlaceholder')} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div>
        <label htmlFor="decision-context" className={LABEL}>
          {w('context')}
        </label>
        <textarea id="decision-context" className={`${INPUT} mt-1`} rows={3} value={context} maxLength={10_000} placeholder={w('contextPlaceholder')} onChange={(e) => setContext(e.target.value)} />
      </div>
      <fieldset>
        <legend className={LABEL}>{w('options')}</legend>
        <p className="text-[11px] text-slate-500">{w('optionsHint')}</p>
        <ul className="mt-1.5 divide-y divide-slate-100 rounded-md border border-slate-200 bg-white">
          {scenarios.map((s) => {
            const on = ticked.includes(s.id)
            return (
              <li key={s.id} className="flex items-center justify-between gap-2 px-2.5 py-1.5 text-sm">
                <label className="flex min-w-0 items-center gap-2">
                  <input type="checkbox" checked={on} onChange={(e) => tick(s.id, e.target.checked)} className="h-4 w-4 accent-sky-600" />
                  <span className="truncate">{s.name}</span>
                  <span className="font-mono text-xs text-slate-500">{w('versionTag', { version: s.latestVersion })}</span>
                </label>
                <label className={`flex shrink-0 items-center gap-1.5 text-xs ${on ? 'text-slate-700' : 'text-slate-300'}`}>
                  <input type="radio" name="decision-chosen" disabled={!on} checked={chosen === s.id} onChange={() => setChosen(s.id)} className="h-3.5 w-3.5 accent-sky-600" aria-label={w('chosenFor', { name: s.name })} />
                  {w('chosen')}
                </label>
              </li>
            )
          })}
        </ul>
      </fieldset>
      <div>
        <label htmlFor="decision-consequences" className={LABEL}>
          {w('consequences')}
        </label>
        <textarea id="decision-consequences" className={`${INPUT} mt-1`} rows={3} value={consequences} maxLength={10_000} placeholder={w('consequencesPlaceholder')} onChange={(e) => setConsequences(e.target.value)} />
      </div>
      <div className="flex items-end justify-between gap-3">
        <div>
          <label htmlFor="decision-status" className={LABEL}>
            {w('status')}
          </label>
          <select id="decision-status" className={`${INPUT} mt-1 w-40`} value={status} onChange={(e) => setStatus(e.target.value as DecisionInput['status'])}>
            {(['accepted', 'proposed', 'superseded'] as const).map((s) => (
              <option key={s} value={s}>
                {w('statusName', { status: s })}
              </option>
            ))}
          </select>
        </div>
        <div className="flex gap-2">
          <button type="button" className={BUTTON_SECONDARY} onClick={onDone}>
            {w('cancel')}
          </button>
          <button type="submit" className={BUTTON_PRIMARY} disabled={busy || title.trim() === '' || ticked.length === 0 || chosen === null}>
            {busy ? w('recording') : w('submitDecision', { number: nextNumber })}
          </button>
        </div>
      </div>
      <p className="text-[11px] leading-relaxed text-slate-500">{w('frozenHint')}</p>
      {record.error && <FieldErrorList error={record.error} />}
    </form>
  )
}
