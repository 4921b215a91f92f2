'use client'

import { useState } from 'react'
import { Badge } from '@/components/ui/badge'
import type { ScenarioSummary, WorkspaceDetail } from '@/server/workspaces/types'
import { ShareLink } from './share-link'
import { useGuardedReplace } from './use-replace-guard'
import { useWorkspaceActions } from './use-workspace-actions'
import { VersionHistory } from './version-history'
import { useWorkspaceLink } from './workspace-link-store'
import { BUTTON_SMALL, SECTION_TITLE } from './workspace-styles'
import { useWorkspaceWords } from './use-workspace-words'

const COPY_TONE = 'bg-amber-50 text-amber-800 ring-amber-600/30'
const EDITING_TONE = 'bg-sky-50 text-sky-800 ring-sky-600/30'

/** The workspace's scenarios with their latest version: open one, see its history, share it. */
export function ScenarioList({ workspace }: { workspace: WorkspaceDetail }) {
  const { w } = useWorkspaceWords()
  return (
    <section aria-labelledby="scenario-list-title" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <h3 id="scenario-list-title" className={SECTION_TITLE}>
        {w('scenarios')} <span className="font-normal normal-case tracking-normal text-slate-500">· {workspace.scenarios.length}</span>
      </h3>
      {workspace.scenarios.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">{w('noScenarios')}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100" aria-label={w('scenarios')}>
          {workspace.scenarios.map((s) => (
            <ScenarioRow key={s.id} workspace={workspace} scenario={s} />
          ))}
        </ul>
      )}
    </section>
  )
}

function ScenarioRow({ workspace, scenario }: { workspace: WorkspaceDetail; scenario: ScenarioSummary }) {
  const { w } = useWorkspaceWords()
  // Times read as "3 minutes ago" from this render on.
  const now = new Date().toISOString()
  const editing = useWorkspaceLink((s) => s.link?.scenarioId === scenario.id)
  const { openVersion } = useWorkspaceActions()
  const guarded = useGuardedReplace()
  const [panel, setPanel] = useState<'none' | 'history' | 'share'>('none')
  const [problem, setProblem] = useState<string | null>(null)
  const pending = scenario.id.startsWith('pending:')
  const toggle = (next: 'history' | 'share') => setPanel((p) => (p === next ? 'none' : next))

  const open = () =>
    guarded(async () => {
      const outcome = await openVersion(workspace.id, workspace.name, scenario, scenario.latestVersion)
      setProblem(outcome.ok ? null : outcome.message)
    })

  return (
    <li className={`py-2.5 ${pending ? 'opacity-60' : ''}`} data-testid="scenario-row" aria-label={scenario.name}>
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="flex flex-wrap items-center gap-1.5 text-sm font-medium text-slate-900">
            <span className="truncate">{scenario.name}</span>
            {scenario.copiedFromId && <Badge tone={COPY_TONE}>{w('conflictCopy')}</Badge>}
            {editing && <Badge tone={EDITING_TONE}>{w('inDashboard')}</Badge>}
          </p>
          <p className="mt-0.5 text-xs text-slate-500">
            <span className="font-mono">{w('versionTag', { version: scenario.latestVersion })}</span> · <time dateTime={scenario.updatedAt}>{w('updated', { at: scenario.updatedAt, now })}</time>
          </p>
        </div>
        <div className="flex shrink-0 items-center gap-0.5">
          <button type="button" className={BUTTON_SMALL} disabled={pending} onClick={open} aria-label={w('openNamed', { name: scenario.name })}>
            {w('open')}
          </button>
          <button type="button" className={BUTTON_SMALL} disabled={pending} aria-expanded={panel === 'history'} onClick={() => toggle('history')} aria-label={w('historyNamed', { name: scenario.name })}>
            {panel === 'history' ? w('hideHistory') : w('history')}
          </button>
          <button type="button" className={BUTTON_SMALL} disabled={pending} aria-expanded={panel === 'share'} onClick={() => toggle('share')} aria-label={w('shareNamed', { name: scenario.name })}>
            {w('share')}
          </button>
        </div>
      </div>
      {problem && (
        <p role="alert" className="mt-2 rounded-md border border-rose-200 bg-rose-50 px-2.5 py-1.5 text-xs text-rose-900">
          {problem}
        </p>
      )}
      {panel === 'history' && <VersionHistory workspaceId={workspace.id} workspaceName={workspace.name} scenario={scenario} />}
      {panel === 'share' && <ShareLink workspaceId={workspace.id} scenarioId={scenario.id} scenarioName={scenario.name} version={scenario.latestVersion} />}
    </li>
  )
}
