'use client'

import { sayModel } from '@/lib/i18n/catalog/say-model'
import { ApiError } from './api-client'
import { describeProblem } from './describe-problem'
import { useWorkspaceWords } from './use-workspace-words'

/** The server's sentence, and its field errors (path: message) when there are several. */
export function FieldErrorList({ error }: { error: Error }) {
  const { w, locale } = useWorkspaceWords()
  const fields = error instanceof ApiError ? error.fieldErrors : []
  return (
    <div role="alert" className="mt-2 rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-xs text-rose-900">
      <p>{describeProblem(w, locale, error)}</p>
      {fields.length > 1 && (
        <ul className="mt-1 list-disc space-y-0.5 pl-4">
          {fields.slice(0, 8).map((f) => (
            <li key={`${f.path}:${f.message}`}>
              <code className="font-mono">{f.path}</code>: {f.reason ? sayModel(locale, f.reason) : f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
