import type { ImportError, ImportReport } from '@/lib/import/types'
import type { Scenario } from '@/lib/model'
import type { ImportUiReason } from '@/lib/i18n/catalog/import-ui-reasons'

/**
 * Why an import stopped: something the dialog saw itself (a file it could not read, too many files,
 * the server out of reach), worded by `import-ui`; or what the importer said about the files (a
 * syntax error with its file, line and column), worded by `import`.
 */
export type ImportProblem = { from: 'dialog'; reason: ImportUiReason } | { from: 'importer'; error: ImportError }

/** A design to offer, with its report, or why there is none. Nothing here touches the store. */
export type ImportOutcome = { ok: true; scenario: Scenario; report: ImportReport } | Refusal

export type Refusal = { ok: false; problems: ImportProblem[] }

/** One problem the dialog found itself. */
export function refusedBy(reason: ImportUiReason): Refusal {
  return { ok: false, problems: [{ from: 'dialog', reason }] }
}
