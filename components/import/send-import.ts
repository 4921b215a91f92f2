import { IMPORT_LIMITS, type ImportError, type ImportOptions, type ImportReport, type SourceFile } from '@/lib/import/types'
import { parseScenario } from '@/lib/model'
import { refusedBy, type ImportOutcome } from './import-outcome'
import { tooLarge } from './read-files'

/**
 * Sends the files to POST /api/import and reads its answer into an outcome: the design (checked
 * again with the model's schema, as every border does) and its report, or why not. A failure of
 * the network or the server is an outcome too; only an abort (the dialog closed) throws.
 */
export async function sendImport(files: SourceFile[], signal?: AbortSignal, options: ImportOptions = {}): Promise<ImportOutcome> {
  const { vars = {}, varFiles } = options
  const body = JSON.stringify({ files, ...(Object.keys(vars).length > 0 ? { vars } : {}), ...(varFiles ? { varFiles } : {}) })
  // JSON escapes (\n, \") make the body larger than the files: the route counts the body.
  const bytes = new Blob([body]).size
  if (bytes > IMPORT_LIMITS.bodyBytes) return tooLarge(bytes)
  let response: Response
  try {
    response = await fetch('/api/import', { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal })
  } catch (error) {
    if (signal?.aborted) throw error
    return refusedBy({ code: 'import-ui.network-failed', params: {} })
  }
  if (response.status === 413) return tooLarge(bytes)
  if (response.status === 429) return refusedBy({ code: 'import-ui.rate-limited', params: { seconds: retryAfterSeconds(response) } })
  if (response.status >= 500) return refusedBy({ code: 'import-ui.server-failed', params: { status: response.status } })
  if (response.status !== 200) return refusedBy({ code: 'import-ui.refused', params: { status: response.status } })
  return readAnswer(await response.json().catch(() => null))
}

function readAnswer(answer: unknown): ImportOutcome {
  const result = answer as { ok?: unknown; scenario?: unknown; report?: ImportReport; errors?: ImportError[] } | null
  if (result?.ok === false && Array.isArray(result.errors) && result.errors.length > 0) {
    return { ok: false, problems: result.errors.map((error) => ({ from: 'importer', error })) }
  }
  const report = result?.report
  const parsed = result?.ok === true ? parseScenario(result.scenario) : null
  if (!parsed?.ok || !report || ![report.understood, report.assumed, report.skipped, report.notes].every(Array.isArray)) {
    return refusedBy({ code: 'import-ui.unreadable-answer', params: {} })
  }
  return { ok: true, scenario: parsed.value, report }
}

/** Retry-After in seconds, as the write limit sends it; 60 when it is missing. */
function retryAfterSeconds(response: Response): number {
  const seconds = Number(response.headers.get('retry-after'))
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 60
}
