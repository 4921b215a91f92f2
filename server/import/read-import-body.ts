import { z } from 'zod'
import { IMPORT_LIMITS, type ImportError, type ImportOptions, type SourceFile } from '@/lib/import/types'
import { HttpError } from '@/server/workspaces/http'
import { parseOrThrow } from '@/server/workspaces/inputs'
import { readLimitedText } from '@/server/workspaces/http/read-limited-text'

/** Terraform files as the browser read them, and `-var`-style values. */
const ImportBodySchema = z.strictObject({
  files: z.array(z.strictObject({ path: z.string().min(1).max(1_000), text: z.string() })).min(1),
  vars: z.record(z.string().min(1).max(200), z.string()).optional(),
  /** The .tfvars files to apply as -var-file would, by path; absent = every one given. */
  varFiles: z.array(z.string().min(1).max(1_000)).max(IMPORT_LIMITS.files).optional(),
})

export type ImportBody = { files: SourceFile[]; options: ImportOptions }

/** The request is larger than an import may be: 413, with a code the dialog words. */
export class ImportTooLarge extends Error {
  readonly error: ImportError
  constructor(params: { limitBytes: number } | { files: number; limitFiles: number }) {
    super('limitBytes' in params ? `The request body is larger than ${params.limitBytes / 1024 / 1024} MB; nothing was imported.` : `The request holds ${params.files} files; an import takes at most ${params.limitFiles}.`)
    this.error = { code: 'import.too-large', params }
  }
}

/** `application/json`, with or without `; charset=utf-8`. */
const JSON_CONTENT_TYPE = /^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/i

/**
 * Reads `{ files: [{ path, text }], vars?, varFiles? }` of at most IMPORT_LIMITS: ImportTooLarge past 10 MB
 * (counted as it streams, so a missing or false Content-Length cannot get past it) or 2,000 files;
 * 415 unless sent as JSON; 400 for a body that is not JSON or not this shape. No answer quotes the
 * body: its text is the user's files, which may hold secrets.
 */
export async function readImportBody(request: Request): Promise<ImportBody> {
  const limitBytes = IMPORT_LIMITS.bodyBytes
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limitBytes) throw new ImportTooLarge({ limitBytes })
  if (!JSON_CONTENT_TYPE.test(request.headers.get('content-type') ?? '')) {
    await request.body?.cancel().catch(() => undefined)
    throw new HttpError(415, 'Send the request body as JSON, with the header Content-Type: application/json.')
  }
  const text = await readLimitedText(request, limitBytes, () => new ImportTooLarge({ limitBytes }))
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    // JSON.parse's own message quotes the text around the fault: never send that back.
    throw new HttpError(400, 'The request body is not valid JSON.')
  }
  const files = (data as { files?: unknown } | null)?.files
  if (Array.isArray(files) && files.length > IMPORT_LIMITS.files) throw new ImportTooLarge({ files: files.length, limitFiles: IMPORT_LIMITS.files })
  const body = parseOrThrow(ImportBodySchema, data, '', 'request')
  return { files: body.files, options: { ...(body.vars ? { vars: body.vars } : {}), ...(body.varFiles ? { varFiles: body.varFiles } : {}) } }
}
