'use client'

import { useEffect, useState, type FormEvent } from 'react'
import { FieldErrorList } from './field-error-list'
import { useKnownWorkspaces } from './known-workspaces-store'
import { OpenWorkspaceForm } from './open-workspace-form'
import { useCreateWorkspace } from './use-workspace-mutations'
import { useWorkspaceLink } from './workspace-link-store'
import { WorkspaceLinkActions } from './workspace-link-actions'
import { BUTTON_PRIMARY, BUTTON_SECONDARY, INPUT, LABEL } from './workspace-styles'
import { useWorkspaceWords } from './use-workspace-words'

type Mode = 'pick' | 'create' | 'open'

/**
 * Chooses among the workspaces this browser created or opened (the most recently opened by
 * default), creates one, or opens one by its link. The server lists none: docs/decisions/009.
 */
export function WorkspacePicker() {
  const { w } = useWorkspaceWords()
  // Times read as "3 minutes ago" from this render on.
  const now = new Date().toISOString()
  const list = useKnownWorkspaces((s) => s.workspaces)
  const remember = useKnownWorkspaces((s) => s.remember)
  const workspaceId = useWorkspaceLink((s) => s.workspaceId)
  const selectWorkspace = useWorkspaceLink((s) => s.selectWorkspace)
  const create = useCreateWorkspace()
  const [name, setName] = useState('')
  const [mode, setMode] = useState<Mode>('pick')
  const [forgotten, setForgotten] = useState<string | null>(null)
  const selected = list.find((x) => x.id === workspaceId) ?? null

  // Keep a valid selection: the stored one while this browser lists it, else the most recently opened.
  useEffect(() => {
    if (workspaceId && list.some((x) => x.id === workspaceId)) return
    selectWorkspace(list[0]?.id ?? null)
  }, [list, workspaceId, selectWorkspace])

  const choose = (id: string) => {
    const chosen = list.find((x) => x.id === id)
    if (chosen) remember(chosen)
    selectWorkspace(chosen ? chosen.id : null)
    setForgotten(null)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    create.mutate(name, {
      onSuccess: (created) => {
        selectWorkspace(created.id)
        setName('')
        setMode('pick')
      },
    })
  }

  const showCreate = mode === 'create' || (list.length === 0 && mode !== 'open')
  return (
    <div className="space-y-3">
      {list.length > 0 && (
        <div className="space-y-1.5">
          <div className="flex items-end gap-2">
            <div className="min-w-0 flex-1">
              <label htmlFor="workspace-select" className={LABEL}>
                {w('workspace')}
              </label>
              <select id="workspace-select" className={`${INPUT} mt-1 font-medium`} value={workspaceId ?? ''} onChange={(e) => choose(e.target.value)}>
                {list.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name || w('unnamed')} · {w('lastOpened', { at: x.lastOpenedAt, now })}
                  </option>
                ))}
              </select>
            </div>
            {mode === 'pick' && (
              <button type="button" className={BUTTON_SECONDARY} onClick={() => setMode('create')}>
                + {w('newWorkspace')}
              </button>
            )}
          </div>
          {selected && mode === 'pick' && <WorkspaceLinkActions key={selected.id} workspace={selected} onForgotten={setForgotten} />}
        </div>
      )}
      {forgotten && (
        <p role="status" className="rounded-md bg-slate-100 px-3 py-2 text-xs text-slate-700">
          {w('forgotten', { name: forgotten })}
        </p>
      )}
      {list.length === 0 && (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white px-5 py-6 text-center">
          <svg viewBox="0 0 20 20" className="mx-auto h-8 w-8 text-sky-600" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.4">
            <ellipse cx="10" cy="5" rx="6.5" ry="2.5" />
            <path d="M3.5 5v5c0 1.4 2.9 2.5 6.5 2.5s6.5-1.1 6.5-2.5V5M3.5 10v5c0 1.4 2.9 2.5 6.5 2.5s6.5-1.1 6.5-2.5v-5" />
          </svg>
          <p className="mx-auto mt-2 max-w-sm text-sm text-slate-600">{w('noWorkspaces')}</p>
        </div>
      )}
      {showCreate && (
        <form onSubmit={submit} className="flex items-end gap-2">
          <div className="min-w-0 flex-1">
            <label htmlFor="new-workspace-name" className={LABEL}>
              {w('newWorkspace')}
            </label>
            <input id="new-workspace-name" className={`${INPUT} mt-1`} value={name} maxLength={80} placeholder={w('workspaceNamePlaceholder')} autoFocus={mode === 'create'} onChange={(e) => setName(e.target.value)} />
          </div>
          <button type="submit" className={BUTTON_PRIMARY} disabled={name.trim() === '' || create.isPending}>
            {create.isPending ? w('creating') : w('create')}
          </button>
          {mode === 'create' && list.length > 0 && (
            <button type="button" className={BUTTON_SECONDARY} onClick={() => setMode('pick')}>
              {w('cancel')}
            </button>
          )}
        </form>
      )}
      {create.error && <FieldErrorList error={create.error} />}
      {mode === 'open' ? (
        <OpenWorkspaceForm onDone={() => setMode('pick')} onCancel={() => setMode('pick')} />
      ) : (
        <button type="button" className="text-xs font-medium text-sky-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600" onClick={() => setMode('open')}>
          {w('openByLink')}
        </button>
      )}
    </div>
  )
}
