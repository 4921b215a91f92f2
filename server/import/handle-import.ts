import type { ImportOptions, ImportResult, SourceFile } from '@/lib/import/types'
import { handleRoute, json } from '@/server/workspaces/http'
import { ImportTooLarge, readImportBody } from './read-import-body'

export type Importer = (files: SourceFile[], options?: ImportOptions) => Promise<ImportResult>

/**
 * POST { files: [{ path, text }], vars? } → 200 with the ImportResult: `{ ok: true, scenario, report }`,
 * or `{ ok: false, errors }` when the files cannot be imported (a syntax error, nothing imported).
 * That is an answer about the files, not a refused request, so it is a 200: browsers log every
 * 4xx as a failed resource. 413 `{ ok: false, error, errors }` past 10 MB or 2,000 files. Writes' guard first (403 cross-site, 429 too many, as every write
 * route); then 415/400 as readImportBody says. Nothing is stored: the browser keeps the design.
 */
export function handleImport(importTerraform: Importer): (request: Request) => Promise<Response> {
  return handleRoute(async (request: Request) => {
    let body
    try {
      body = await readImportBody(request)
    } catch (error) {
      if (error instanceof ImportTooLarge) return json({ ok: false, error: error.message, errors: [error.error] }, 413)
      throw error
    }
    let result: ImportResult
    try {
      result = await importTerraform(body.files, body.options)
    } catch (error) {
      throw new ImporterFailed(error)
    }
    return json(result)
  })
}

/**
 * What the log gets when the importer throws: the error's kind and where it was thrown, not its
 * message, which may quote the user's files (and a secret in them). handleRoute logs it and
 * answers 500 with its usual sentence.
 */
export class ImporterFailed extends Error {
  constructor(cause: unknown) {
    const kind = cause instanceof Error ? cause.name : typeof cause
    super(`the importer threw ${kind} (its message is not logged: it may quote the imported files)`)
    this.name = 'ImporterFailed'
    const frames = cause instanceof Error ? (cause.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)) : []
    this.stack = [`${this.name}: ${this.message}`, ...frames].join('\n')
  }
}
