'use client'

import { useState } from 'react'
import { workspaceLinkFor, type KnownWorkspace } from './known-workspaces'
import { useKnownWorkspaces } from './known-workspaces-store'
import { BUTTON_DANGER_SMALL, BUTTON_SMALL, INPUT } from './workspace-styles'
import { useWorkspaceWords } from './use-workspace-words'

/**
 * Copy the selected workspace's link, or forget it in this browser: asked first, saying plainly
 * that the workspace stays on the server for anyone holding the link.
 */
export function WorkspaceLinkActions({ workspace, onForgotten }: { workspace: KnownWorkspace; onForgotten: (name: string) => void }) {
  const { w } = useWorkspaceWords()
  const forget = useKnownWorkspaces((s) => s.forget)
  const [asking, setAsking] = useState(false)
  const [copied, setCopied] = useState(false)
  const [shownLink, setShownLink] = useState<string | null>(null)
  const name = workspace.name || w('unnamed')

  const copy = async () => {
    const link = workspaceLinkFor(window.location.origin, workspace.id)
    // Shown as well, so it can be copied by hand where the clipboard is refused (insecure origin).
    setShownLink(link)
    try {
      await navigator.clipboard.writeText(link)
      setCopied(true)
      setTimeout(() => setCopied(false), 2000)
    } catch {
      ;(document.getElementById('workspace-link-field') as HTMLInputElement | null)?.select()
    }
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-1">
        <button type="button" className={BUTTON_SMALL} onClick={copy}>
          {copied ? w('workspaceLinkCopied') : w('copyWorkspaceLink')}
        </button>
        {!asking && (
          <button type="button" className={BUTTON_SMALL} aria-label={w('forgetNamed', { name })} onClick={() => setAsking(true)}>
            {w('forget')}
          </button>
        )}
      </div>
      {shownLink && (
        <div>
          <input id="workspace-link-field" readOnly value={shownLink} aria-label={w('copyWorkspaceLink')} className={`${INPUT} font-mono text-xs`} onFocus={(e) => e.target.select()} />
          <p className="mt-1 text-xs text-slate-500">{w('capabilityHint')}</p>
        </div>
      )}
      {asking && (
        <div role="group" aria-labelledby="forget-question" className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950" data-testid="forget-workspace">
          <p id="forget-question" className="font-medium">
            {w('forgetQuestion', { name })}
          </p>
          <p className="mt-1 text-xs">{w('forgetExplain')}</p>
          <div className="mt-2 flex gap-1.5">
            <button
              type="button"
              className={BUTTON_DANGER_SMALL}
              onClick={() => {
                forget(workspace.id)
                setAsking(false)
                onForgotten(name)
              }}
            >
              {w('forgetConfirm')}
            </button>
            <button type="button" className={BUTTON_SMALL} onClick={() => setAsking(false)}>
              {w('cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  )
}
