'use client'

import { useEffect, useRef, useState } from 'react'
import { useCreateShare } from './use-workspace-mutations'
import { BUTTON_SECONDARY, BUTTON_SMALL, INPUT } from './workspace-styles'
import { describeProblem } from './describe-problem'
import { useWorkspaceWords } from './use-workspace-words'

/** Creates a read-only /s/<id> link to one version and shows it with Copy and Open. */
export function ShareLink({ workspaceId, scenarioId, scenarioName, version }: { workspaceId: string; scenarioId: string; scenarioName: string; version: number }) {
  const { w, locale } = useWorkspaceWords()
  const share = useCreateShare()
  const [copied, setCopied] = useState(false)
  const { mutate } = share
  // One link per opening (React's development double effects must not make two).
  const requested = useRef('')
  useEffect(() => {
    const key = `${scenarioId}@${version}`
    if (requested.current === key) return
    requested.current = key
    mutate({ workspaceId, scenarioId, version })
  }, [mutate, workspaceId, scenarioId, version])
  const url = share.data ? `${window.location.origin}${share.data.path}` : ''
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url)
      setCopied(true)
      setTimeout(() => setCopied(false), 2000)
    } catch {
      // Clipboard refused (insecure origin): the field is selected instead, ready for Ctrl+C.
      ;(document.getElementById(`share-url-${scenarioId}`) as HTMLInputElement | null)?.select()
    }
  }
  return (
    <div className="mt-2 rounded-lg border border-sky-200 bg-sky-50/60 p-2.5" data-testid="share-link">
      {share.isPending && <p className="text-xs text-slate-500">{w('loading')}</p>}
      {share.isError && (
        <p role="alert" className="text-xs text-rose-800">
          {describeProblem(w, locale, share.error)}{' '}
          <button type="button" className={BUTTON_SMALL} onClick={() => mutate({ workspaceId, scenarioId, version })}>
            {w('retry')}
          </button>
        </p>
      )}
      {share.data && (
        <>
          <p className="text-xs text-slate-600">{w('shareCaption', { name: scenarioName, version })}</p>
          <div className="mt-1.5 flex gap-1.5">
            <input id={`share-url-${scenarioId}`} readOnly value={url} aria-label={w('shareCaption', { name: scenarioName, version })} className={`${INPUT} font-mono text-xs`} onFocus={(e) => e.target.select()} />
            <button type="button" className={BUTTON_SECONDARY} onClick={copy}>
              {copied ? w('copied') : w('copy')}
            </button>
            <a href={share.data.path} target="_blank" rel="noreferrer" className={BUTTON_SECONDARY}>
              {w('openLink')}
            </a>
          </div>
        </>
      )}
    </div>
  )
}
