'use client'

import { useState } from 'react'
import type { ScenarioSummary } from '@/server/workspaces/types'
import { useGuardedReplace } from './use-replace-guard'
import { useWorkspaceActions } from './use-workspace-actions'
import { useVersions } from './use-workspace-queries'
import { BUTTON_DANGER_SMALL, BUTTON_SMALL } from './workspace-styles'
import { describeProblem } from './describe-problem'
import { useWorkspaceWords } from './use-workspace-words'

/** Every saved version of a scenario, newest first; any older one can be restored as the new latest. */
export function VersionHistory({ workspaceId, workspaceName, scenario }: { workspaceId: string; workspaceName: string; scenario: ScenarioSummary }) {
  const { w, locale } = useWorkspaceWords()
  // Times read as "3 minutes ago" from this render on.
  const now = new Date().toISOString()
  const versions = useVersions(workspaceId, scenario.id)
  const { restore, restoreVersion } = useWorkspaceActions()
  const guarded = useGuardedReplace()
  const [restoring, setRestoring] = useState<number | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const restoreOne = (version: number) =>
    guarded(async () => {
      setRestoring(version)
      const outcome = await restoreVersion(workspaceId, workspaceName, scenario, version)
      setRestoring(null)
      setProblem(outcome.ok ? null : outcome.message)
    })

  if (versions.isPending) return <p className="mt-2 text-xs text-slate-500">{w('loading')}</p>
  if (versions.isError)
    return (
      <p role="alert" className="mt-2 text-xs text-rose-800">
        {w('couldNotLoad', { message: describeProblem(w, locale, versions.error) })}{' '}
        <button type="button" className={BUTTON_SMALL} onClick={() => versions.refetch()}>
          {w('retry')}
        </button>
      </p>
    )
  const latest = versions.data[0]?.version
  return (
    <div className="mt-2">
      {problem && (
        <p role="alert" className="mb-2 rounded-md border border-rose-200 bg-rose-50 px-2.5 py-1.5 text-xs text-rose-900">
          {problem}
        </p>
      )}
      <ol aria-label={w('historyOf', { name: scenario.name })} className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-slate-50/50">
        {versions.data.map((v) => (
          <li key={v.version} className="flex items-center justify-between gap-2 px-2.5 py-1.5 text-xs">
            <span className="flex min-w-0 items-center gap-2">
              <span className="w-8 shrink-0 font-mono font-semibold text-slate-800">{w('versionTag', { version: v.version })}</span>
              <span className="truncate text-slate-600">{w('source', { source: v.source, basedOn: v.basedOn })}</span>
              {v.version === latest && <span className="rounded bg-sky-100 px-1.5 py-px text-[10px] font-semibold uppercase text-sky-800">{w('latest')}</span>}
            </span>
            <span className="flex shrink-0 items-center gap-2">
              <time dateTime={v.createdAt} className="text-slate-500">
                {w('updated', { at: v.createdAt, now })}
              </time>
              {v.version !== latest && (
                <button
                  type="button"
                  className={BUTTON_DANGER_SMALL}
                  aria-label={w('restoreVersion', { version: v.version })}
                  disabled={restore.isPending}
                  onClick={() => restoreOne(v.version)}
                >
                  {restoring === v.version ? w('restoring') : w('restore')}
                </button>
              )}
            </span>
          </li>
        ))}
      </ol>
    </div>
  )
}
