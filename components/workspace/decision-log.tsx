'use client'

import { useState } from 'react'
import type { WorkspaceDetail } from '@/server/workspaces/types'
import { DecisionCard } from './decision-card'
import { DecisionForm } from './decision-form'
import { useDecisions } from './use-workspace-queries'
import { BUTTON_SECONDARY, BUTTON_SMALL, SECTION_TITLE } from './workspace-styles'
import { describeProblem } from './describe-problem'
import { useWorkspaceWords } from './use-workspace-words'

/** The workspace's decisions, newest first, and the form to record the next one. */
export function DecisionLog({ workspace }: { workspace: WorkspaceDetail }) {
  const { w, locale } = useWorkspaceWords()
  const log = useDecisions(workspace.id)
  const [recording, setRecording] = useState(false)
  const decisions = log.data?.decisions ?? []
  const nextNumber = Math.max(0, ...decisions.map((d) => d.number), ...(log.data?.problems.map((p) => p.number) ?? [])) + 1
  return (
    <section aria-labelledby="decision-log-title" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex items-center justify-between gap-3">
        <h3 id="decision-log-title" className={SECTION_TITLE}>
          {w('decisionLog')} {log.data && <span className="font-normal normal-case tracking-normal text-slate-500">· {decisions.length}</span>}
        </h3>
        {!recording && (
          <button type="button" className={BUTTON_SECONDARY} onClick={() => setRecording(true)} disabled={!log.data}>
            {w('recordDecision')}
          </button>
        )}
      </div>
      {recording && <DecisionForm workspace={workspace} nextNumber={nextNumber} onDone={() => setRecording(false)} />}
      {log.isPending && <p className="mt-2 text-sm text-slate-500">{w('loading')}</p>}
      {log.isError && (
        <p role="alert" className="mt-2 text-sm text-rose-800">
          {w('couldNotLoad', { message: describeProblem(w, locale, log.error) })}{' '}
          <button type="button" className={BUTTON_SMALL} onClick={() => log.refetch()}>
            {w('retry')}
          </button>
        </p>
      )}
      {log.data && decisions.length === 0 && !recording && <p className="mt-2 text-sm text-slate-500">{w('noDecisions')}</p>}
      {log.data?.problems.map((p) => (
        <p key={p.decisionId} role="alert" className="mt-2 rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-xs text-rose-900">
          {p.message}
        </p>
      ))}
      {decisions.length > 0 && (
        <div className="mt-3 space-y-3">
          {[...decisions].reverse().map((d) => (
            <DecisionCard key={d.id} decision={d} />
          ))}
        </div>
      )}
    </section>
  )
}
