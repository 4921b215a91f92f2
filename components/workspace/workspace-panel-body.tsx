'use client'

import { useEffect } from 'react'
import { ApiError } from './api-client'
import { CurrentWork } from './current-work'
import { DecisionLog } from './decision-log'
import { useKnownWorkspaces } from './known-workspaces-store'
import { ReplaceGuardBar } from './replace-guard-bar'
import { ScenarioList } from './scenario-list'
import { useHydratedLink } from './use-work-status'
import { useWorkspace } from './use-workspace-queries'
import { useWorkspaceLink } from './workspace-link-store'
import { WorkspacePicker } from './workspace-picker'
import { BUTTON_SMALL } from './workspace-styles'
import { describeProblem } from './describe-problem'
import { useWorkspaceWords } from './use-workspace-words'

/**
 * Everything the panel shows, for the header drawer (one column) and the /workspaces page (the
 * decision log beside the scenarios).
 */
export function WorkspacePanelBody({ layout = 'stack' }: { layout?: 'stack' | 'columns' }) {
  const hydrated = useHydratedLink()
  const { w, locale } = useWorkspaceWords()
  if (!hydrated) return <p className="p-4 text-sm text-slate-500">{w('loading')}</p>
  return (
    <div className="space-y-4">
      <WorkspacePicker />
      <SelectedWorkspace layout={layout} />
      {/* Last, so it can stick to the bottom of the view wherever the user has scrolled. */}
      <ReplaceGuardBar />
    </div>
  )
}

function SelectedWorkspace({ layout }: { layout: 'stack' | 'columns' }) {
  const { w, locale } = useWorkspaceWords()
  const workspaceId = useWorkspaceLink((s) => s.workspaceId)
  const workspace = useWorkspace(workspaceId)
  const renameKnown = useKnownWorkspaces((s) => s.rename)
  const forget = useKnownWorkspaces((s) => s.forget)
  // The name this browser lists follows the server's (renamed elsewhere, or adopted without one).
  const loaded = workspace.data
  useEffect(() => {
    if (loaded) renameKnown(loaded.id, loaded.name)
  }, [loaded, renameKnown])
  if (!workspaceId) return null
  if (workspace.isPending) return <p className="text-sm text-slate-500">{w('loading')}</p>
  if (workspace.isError) {
    const gone = workspace.error instanceof ApiError && workspace.error.status === 404
    return (
      <div role="alert" className="rounded-lg border border-rose-200 bg-rose-50 p-3 text-sm text-rose-900">
        {w('couldNotLoad', { message: describeProblem(w, locale, workspace.error) })}{' '}
        {gone ? (
          <button type="button" className={BUTTON_SMALL} onClick={() => forget(workspaceId)}>
            {w('forget')}
          </button>
        ) : (
          <button type="button" className={BUTTON_SMALL} onClick={() => workspace.refetch()}>
            {w('retry')}
          </button>
        )}
      </div>
    )
  }
  if (layout === 'columns')
    return (
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
        <div className="space-y-4">
          <CurrentWork workspace={workspace.data} />
          <ScenarioList workspace={workspace.data} />
        </div>
        <DecisionLog workspace={workspace.data} />
      </div>
    )
  return (
    <>
      <CurrentWork workspace={workspace.data} />
      <ScenarioList workspace={workspace.data} />
      <DecisionLog workspace={workspace.data} />
    </>
  )
}
