'use client'

import { useState, type FormEvent } from 'react'
import { ApiError } from './api-client'
import { readWorkspaceRef } from './known-workspaces'
import { useOpenWorkspace } from './use-open-workspace'
import { BUTTON_PRIMARY, BUTTON_SECONDARY, INPUT, LABEL } from './workspace-styles'
import { describeProblem } from './describe-problem'
import { useWorkspaceWords } from './use-workspace-words'

/** "Open a workspace by link": paste a workspace link or id, and it joins this browser's list. */
export function OpenWorkspaceForm({ onDone, onCancel }: { onDone: () => void; onCancel?: () => void }) {
  const { w, locale } = useWorkspaceWords()
  const open = useOpenWorkspace()
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const id = readWorkspaceRef(text)
    if (!id) return setProblem(w('notAWorkspaceLink'))
    setProblem(null)
    open.mutate(id, {
      onSuccess: () => {
        setText('')
        onDone()
      },
      onError: (error) => setProblem(error instanceof ApiError && error.status === 404 ? w('noSuchWorkspace') : describeProblem(w, locale, error)),
    })
  }

  return (
    <form onSubmit={submit} aria-label={w('openByLink')} className="space-y-1.5">
      <div className="flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="open-workspace-link" className={LABEL}>
            {w('workspaceLinkLabel')}
          </label>
          <input
            id="open-workspace-link"
            className={`${INPUT} mt-1 font-mono text-xs`}
            value={text}
            maxLength={2000}
            autoFocus
            spellCheck={false}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'open-workspace-problem open-workspace-hint' : 'open-workspace-hint'}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <button type="submit" className={BUTTON_PRIMARY} disabled={text.trim() === '' || open.isPending}>
          {open.isPending ? w('opening') : w('openWorkspace')}
        </button>
        {onCancel && (
          <button type="button" className={BUTTON_SECONDARY} onClick={onCancel}>
            {w('cancel')}
          </button>
        )}
      </div>
      <p id="open-workspace-hint" className="text-xs text-slate-500">
        {w('workspaceLinkHint')}
      </p>
      {problem && (
        <p id="open-workspace-problem" role="alert" className="text-xs text-rose-800">
          {problem}
        </p>
      )}
    </form>
  )
}
