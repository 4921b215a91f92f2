'use client'

import type { Locale } from '@/lib/i18n/locale'
import { sayImportUi } from '@/lib/i18n/catalog/say-import-ui'
import type { SourcePlace } from '@/lib/import/types'
import type { ImportProblem } from './import-outcome'
import { wordImportNote } from './word-import-note'

/** Why nothing was imported, each problem with its file, line and column when known. Announced as it appears. */
export function ImportProblems({ problems, locale }: { problems: readonly ImportProblem[]; locale: Locale }) {
  return (
    <div role="alert" data-testid="import-errors" className="rounded-md border border-rose-200 bg-rose-50 p-3 text-sm text-rose-900">
      <p className="font-medium">{sayImportUi(locale, { code: 'import-ui.errors-title', params: {} })}</p>
      <ul className="mt-1.5 list-disc space-y-1 pl-5">
        {problems.map((problem, i) => (
          <li key={i}>
            <ProblemLine problem={problem} locale={locale} />
          </li>
        ))}
      </ul>
    </div>
  )
}

function ProblemLine({ problem, locale }: { problem: ImportProblem; locale: Locale }) {
  if (problem.from === 'dialog') return <>{sayImportUi(locale, problem.reason)}</>
  const { error } = problem
  const at = [error.where ? placeText(locale, error.where) : null, error.address ?? null].filter((part) => part !== null)
  return (
    <>
      {at.length > 0 && <span className="font-mono text-xs font-semibold">{`${at.join(' · ')}: `}</span>}
      {wordImportNote(locale, error)}
    </>
  )
}

/** `main.tf, line 8, column 37`. */
export function placeText(locale: Locale, where: SourcePlace): string {
  return sayImportUi(locale, { code: 'import-ui.place', params: { file: where.file, line: where.line ?? null, column: where.column ?? null } })
}
