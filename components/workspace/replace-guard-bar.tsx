'use client'

import { useReplaceGuard } from './use-replace-guard'
import { BUTTON_SECONDARY } from './workspace-styles'
import { useWorkspaceWords } from './use-workspace-words'

/** Asks before opening a stored version over work that is not saved. */
export function ReplaceGuardBar() {
  const { w } = useWorkspaceWords()
  const pending = useReplaceGuard((s) => s.pending)
  const clear = useReplaceGuard((s) => s.clear)
  if (!pending) return null
  return (
    <div role="alertdialog" aria-label={w('replaceAnyway')} className="sticky bottom-4 z-10 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 shadow-lg ring-4 ring-white">
      <p>{pending.question}</p>
      <div className="mt-2 flex gap-2">
        <button
          type="button"
          className="inline-flex items-center rounded-md bg-amber-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-amber-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600"
          onClick={() => {
            clear()
            pending.run()
          }}
        >
          {w('replaceAnyway')}
        </button>
        <button type="button" className={BUTTON_SECONDARY} onClick={clear}>
          {w('cancel')}
        </button>
      </div>
    </div>
  )
}
