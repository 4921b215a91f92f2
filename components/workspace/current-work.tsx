'use client'

import { useState, type FormEvent } from 'react'
import { Badge } from '@/components/ui/badge'
import type { WorkspaceDetail } from '@/server/workspaces/types'
import { ApiError } from './api-client'
import { ConflictNotice } from './conflict-notice'
import { FieldErrorList } from './field-error-list'
import { useWorkStatus } from './use-work-status'
import { useWorkspaceActions } from './use-workspace-actions'
import { useWorkspaceLink } from './workspace-link-store'
import { BUTTON_PRIMARY, BUTTON_SECONDARY, INPUT, LABEL, SECTION_TITLE } from './workspace-styles'
import { useWorkspaceWords } from './use-workspace-words'

const UNSAVED_TONE = 'bg-amber-50 text-amber-800 ring-amber-600/30'
const SAVED_TONE = 'bg-emerald-50 text-emerald-800 ring-emerald-600/30'

/** What the dashboard is editing, and the two ways to store it: the next version, or a new scenario. */
export function CurrentWork({ workspace }: { workspace: WorkspaceDetail }) {
  const { w } = useWorkspaceWords()
  const status = useWorkStatus()
  const conflict = useWorkspaceLink((s) => s.conflict)
  const { save, create, saveVersion, saveAsNew } = useWorkspaceActions()
  const [name, setName] = useState('')
  const link = status.link
  // A conflict is not an error: ConflictNotice explains it.
  const saveError = save.error instanceof ApiError && save.error.conflict ? null : save.error

  const submitNew = async (event: FormEvent) => {
    event.preventDefault()
    if (await saveAsNew(workspace.id, name)) setName('')
  }

  return (
    <section aria-labelledby="current-work-title" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <h3 id="current-work-title" className={SECTION_TITLE}>
        {w('currentWork')}
      </h3>
      {link ? (
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div className="min-w-0">
            <p className="truncate text-sm font-medium text-slate-900" data-testid="work-link">
              {w('editing', { name: link.scenarioName, version: link.version })}
              {link.workspaceId !== workspace.id && <span className="font-normal text-slate-500"> ({w('otherWorkspace')})</span>}
            </p>
            <div className="mt-1">
              <Badge tone={status.unsaved ? UNSAVED_TONE : SAVED_TONE}>{status.unsaved ? w('unsaved') : w('saved')}</Badge>
            </div>
          </div>
          <button type="button" className={BUTTON_PRIMARY} disabled={!status.unsaved || save.isPending} onClick={saveVersion}>
            {save.isPending ? w('saving') : w('saveVersion', { version: link.version + 1 })}
          </button>
        </div>
      ) : (
        <p className="text-sm text-slate-600">
          {w('notStored')} <span className="text-slate-500">{w('notStoredHint')}</span>
        </p>
      )}
      {saveError && <FieldErrorList error={saveError} />}
      {conflict && <ConflictNotice conflict={conflict} workspaceId={link?.workspaceId ?? workspace.id} workspaceName={workspace.name} />}
      <form onSubmit={submitNew} className="border-t border-slate-100 pt-3">
        <label htmlFor="new-scenario-name" className={LABEL}>
          {w('scenarioName')}
        </label>
        <div className="mt-1 flex gap-2">
          <input id="new-scenario-name" className={INPUT} value={name} maxLength={120} placeholder={w('scenarioNamePlaceholder')} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className={link ? BUTTON_SECONDARY : BUTTON_PRIMARY} disabled={name.trim() === '' || create.isPending}>
            {create.isPending ? w('saving') : w('saveAsNew')}
          </button>
        </div>
        {create.error && <FieldErrorList error={create.error} />}
      </form>
    </section>
  )
}
