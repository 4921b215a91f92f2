'use client'

import { useMemo, useState } from 'react'
import { useRegionBook } from '@/components/pricing/use-region-book'
import { evaluationOf } from '@/components/store/evaluation-cache'
import type { SaveConflict } from '@/server/workspaces/types'
import { conflictFacts } from './conflict-facts'
import { describeProblem } from './describe-problem'
import { FiguresTable } from './figures-table'
import { freezeFigures } from '@/lib/decisions/freeze-figures'
import { useGuardedReplace } from './use-replace-guard'
import { useWorkspaceActions } from './use-workspace-actions'
import { useVersion } from './use-workspace-queries'
import { useWorkspaceLink } from './workspace-link-store'
import { BUTTON_SECONDARY, BUTTON_SMALL } from './workspace-styles'
import { useWorkspaceWords } from './use-workspace-words'

/**
 * After a 409: says whose version is the latest, where the user's work went (the conflict copy the
 * dashboard now edits), and offers to open theirs, compare the figures, or keep editing the copy.
 */
export function ConflictNotice({ conflict, workspaceId, workspaceName }: { conflict: SaveConflict; workspaceId: string; workspaceName: string }) {
  const { w, locale } = useWorkspaceWords()
  const [comparing, setComparing] = useState(false)
  const { openVersion } = useWorkspaceActions()
  const guarded = useGuardedReplace()
  const [openError, setOpenError] = useState<string | null>(null)
  const dismiss = () => useWorkspaceLink.getState().showConflict(null)
  return (
    <div role="alert" data-testid="save-conflict" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-semibold">{w('conflictTitle')}</p>
      <p className="mt-1 leading-relaxed">{w('conflictText', conflictFacts(conflict))}</p>
      {conflict.latestProblem && (
        <p className="mt-1 text-xs text-rose-800">
          {w('latestUnreadable')} {conflict.latestProblem.message}
        </p>
      )}
      {openError && <p className="mt-1 text-xs text-rose-800">{openError}</p>}
      <div className="mt-2.5 flex flex-wrap gap-2">
        <button
          type="button"
          className={BUTTON_SECONDARY}
          disabled={conflict.latest === null}
          onClick={() =>
            guarded(async () => {
              const opened = await openVersion(workspaceId, workspaceName, { id: conflict.scenarioId, name: conflict.scenarioName }, conflict.latestVersion)
              setOpenError(opened.ok ? null : opened.message)
            })
          }
        >
          {w('openTheirs', { version: conflict.latestVersion })}
        </button>
        <button type="button" className={BUTTON_SECONDARY} aria-expanded={comparing} onClick={() => setComparing((c) => !c)}>
          {comparing ? w('hideCompare') : w('compare')}
        </button>
        <button type="button" className={BUTTON_SMALL} onClick={dismiss}>
          {w('keepEditing')}
        </button>
      </div>
      {comparing && <ConflictComparison conflict={conflict} workspaceId={workspaceId} />}
    </div>
  )
}

/** Their latest version against the kept copy, figure by figure. */
function ConflictComparison({ conflict, workspaceId }: { conflict: SaveConflict; workspaceId: string }) {
  const { w, locale } = useWorkspaceWords()
  const mine = useVersion(workspaceId, conflict.saved.scenarioId, conflict.saved.version)
  const kept = mine.data?.ok ? mine.data.scenario : null
  // Either version may be in a region whose prices are not loaded yet; a book arriving reprices both.
  const version = Math.max(useRegionBook(conflict.latest?.config.region ?? 'us-east-1'), useRegionBook(kept?.config.region ?? 'us-east-1'))
  const theirs = useMemo(() => (conflict.latest ? freezeFigures(evaluationOf(conflict.latest, version)) : null), [conflict.latest, version])
  const yours = useMemo(() => (kept ? freezeFigures(evaluationOf(kept, version)) : null), [kept, version])
  return (
    <div className="mt-3 bg-white">
      <FiguresTable
        words={w}
        locale={locale}
        caption={w('compare')}
        rows={[
          { key: 'theirs', label: w('theirs', { version: conflict.latestVersion }), figures: theirs },
          { key: 'yours', label: w('yours'), figures: yours, highlight: true, note: mine.isError ? describeProblem(w, locale, mine.error) : undefined },
        ]}
      />
    </div>
  )
}
