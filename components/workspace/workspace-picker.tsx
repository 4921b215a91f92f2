'use client'

import { useEffect, useState, type FormEvent } from 'react'
import { FieldErrorList } from './field-error-list'
import { useCreateWorkspace } from './use-workspace-mutations'
import { useWorkspaces } from './use-workspace-queries'
import { useWorkspaceLink } from './workspace-link-store'
import { BUTTON_PRIMARY, BUTTON_SECONDARY, BUTTON_SMALL, INPUT, LABEL } from './workspace-styles'
import { useWorkspaceWords } from './workspace-words'

/** Chooses the workspace (the most recently used one by default) or creates a new one. */
export function WorkspacePicker() {
  const { w } = useWorkspaceWords()
  const workspaces = useWorkspaces()
  const workspaceId = useWorkspaceLink((s) => s.workspaceId)
  const selectWorkspace = useWorkspaceLink((s) => s.selectWorkspace)
  const create = useCreateWorkspace()
  const [name, setName] = useState('')
  const [creating, setCreating] = useState(false)
  const list = workspaces.data?.filter((x) => !x.id.startsWith('pending:')) ?? []

  // Keep a valid selection: the stored one if it still exists, else the most recent workspace.
  useEffect(() => {
    if (!workspaces.data) return
    const real = workspaces.data.filter((x) => !x.id.startsWith('pending:'))
    if (workspaceId && real.some((x) => x.id === workspaceId)) return
    selectWorkspace(real[0]?.id ?? null)
  }, [workspaces.data, workspaceId, selectWorkspace])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    create.mutate(name, {
      onSuccess: (created) => {
        selectWorkspace(created.id)
        setName('')
        setCreating(false)
      },
    })
  }

  if (workspaces.isPending) return <p className="text-sm text-slate-500">{w.loading}</p>
  if (workspaces.isError)
    return (
      <div role="alert" className="rounded-lg border border-rose-200 bg-rose-50 p-3 text-sm text-rose-900">
        {w.couldNotLoad(workspaces.error.message)}{' '}
        <button type="button" className={BUTTON_SMALL} onClick={() => workspaces.refetch()}>
          {w.retry}
        </button>
      </div>
    )

  const showForm = creating || list.length === 0
  return (
    <div className="space-y-3">
      {list.length > 0 && (
        <div className="flex items-end gap-2">
          <div className="min-w-0 flex-1">
            <label htmlFor="workspace-select" className={LABEL}>
              {w.workspace}
            </label>
            <select id="workspace-select" className={`${INPUT} mt-1 font-medium`} value={workspaceId ?? ''} onChange={(e) => selectWorkspace(e.target.value || null)}>
              {list.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name} · {w.scenarioCount(x.scenarioCount)}
                </option>
              ))}
            </select>
          </div>
          {!creating && (
            <button type="button" className={BUTTON_SECONDARY} onClick={() => setCreating(true)}>
              + {w.newWorkspace}
            </button>
          )}
        </div>
      )}
      {list.length === 0 && (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white px-5 py-6 text-center">
          <svg viewBox="0 0 20 20" className="mx-auto h-8 w-8 text-sky-600" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.4">
            <ellipse cx="10" cy="5" rx="6.5" ry="2.5" />
            <path d="M3.5 5v5c0 1.4 2.9 2.5 6.5 2.5s6.5-1.1 6.5-2.5V5M3.5 10v5c0 1.4 2.9 2.5 6.5 2.5s6.5-1.1 6.5-2.5v-5" />
          </svg>
          <p className="mx-auto mt-2 max-w-sm text-sm text-slate-600">{w.noWorkspaces}</p>
        </div>
      )}
      {showForm && (
        <form onSubmit={submit} className="flex items-end gap-2">
          <div className="min-w-0 flex-1">
            <label htmlFor="new-workspace-name" className={LABEL}>
              {w.newWorkspace}
            </label>
            <input id="new-workspace-name" className={`${INPUT} mt-1`} value={name} maxLength={80} placeholder={w.workspaceNamePlaceholder} autoFocus={creating} onChange={(e) => setName(e.target.value)} />
          </div>
          <button type="submit" className={BUTTON_PRIMARY} disabled={name.trim() === '' || create.isPending}>
            {create.isPending ? w.creating : w.create}
          </button>
          {creating && list.length > 0 && (
            <button type="button" className={BUTTON_SECONDARY} onClick={() => setCreating(false)}>
              {w.cancel}
            </button>
          )}
        </form>
      )}
      {create.error && <FieldErrorList error={create.error} />}
    </div>
  )
}
