import type { z } from 'zod'
import { parseOrThrow } from '../inputs'
import { HttpError } from './http-error'
// readLimitedText keeps a leading BOM (keepBom), so readJsonBody strips it visibly rather than by default.
import { readLimitedText } from './read-limited-text'

/**
 * A scenario is 3–10 KB and a decision with four frozen options about 20 KB; 256 KB leaves room
 * for a large design (50 services) and stops abuse early.
 */
export const MAX_BODY_BYTES = 256 * 1024

/** `application/json`, `application/merge-patch+json`, with or without `; charset=utf-8`. */
const JSON_CONTENT_TYPE = /^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/i

/**
 * Reads a JSON body of at most `limitBytes`, counting as it streams (a missing or false
 * Content-Length cannot get past it), then validates it with `schema`: 413, 415 when it is not
 * sent as JSON (a cross-site HTML form cannot send application/json), 400 with a sentence, or 400
 * with field errors.
 */
export async function readJsonBody<T>(request: Request, schema: z.ZodType<T>, limitBytes: number = MAX_BODY_BYTES): Promise<T> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limitBytes) throw tooLarge(limitBytes)
  if (!JSON_CONTENT_TYPE.test(request.headers.get('content-type') ?? '')) {
    await request.body?.cancel().catch(() => undefined)
    throw new HttpError(415, 'Send the request body as JSON, with the header Content-Type: application/json.')
  }
  // A byte order mark is not JSON, but Windows tools (PowerShell, Notepad) start UTF-8 files with one.
  const text = (await readLimitedText(request, limitBytes, () => tooLarge(limitBytes), { keepBom: true })).replace(/^\uFEFF/, '')
  if (text.trim() === '') throw new HttpError(400, 'The request needs a JSON body.')
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new HttpError(400, `The request body is not valid JSON (${(error as Error).message}).`)
  }
  const problem = findUnstorableValue(data)
  if (problem) throw new HttpError(400, `The request is not valid: ${problem.path}: ${problem.message}`, [problem])
  return parseOrThrow(schema, data, '', 'request')
}

/** Deeper than any scenario or decision (7 levels); a body of 100 000 `[` must not reach the schema's recursion. */
const MAX_JSON_DEPTH = 32

/** U+0000, or half of a surrogate pair: valid in JSON and JavaScript, refused by PostgreSQL text and jsonb. */
const UNSTORABLE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/**
 * The first part of a parsed body that storage would refuse (text PostgreSQL cannot hold, a number
 * too large to be finite) or that is nested too deep, with its field path: `scenario.config.name: …`.
 * JSON has no Infinity, but `1e999` parses to it, and JSON.stringify would store it as null.
 * Iterative, so depth cannot overflow the stack; null when everything fits.
 */
export function findUnstorableValue(data: unknown): { path: string; message: string } | null {
  const pending: { value: unknown; path: string; depth: number }[] = [{ value: data, path: '', depth: 0 }]
  while (pending.length > 0) {
    const { value, path, depth } = pending.pop()!
    if (typeof value === 'string') {
      if (UNSTORABLE_TEXT.test(value)) return { path: path || '(root)', message: 'must not contain the NUL character or half of a surrogate pair' }
      continue
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return { path: path || '(root)', message: 'is too large a number (it reads as infinite)' }
      continue
    }
    if (value === null || typeof value !== 'object') continue
    if (depth >= MAX_JSON_DEPTH) return { path: path || '(root)', message: `is nested deeper than ${MAX_JSON_DEPTH} levels` }
    for (const [key, child] of Object.entries(value)) {
      const childPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key
      if (UNSTORABLE_TEXT.test(key)) return { path: path || '(root)', message: 'has a field name with the NUL character or half of a surrogate pair' }
      pending.push({ value: child, path: childPath, depth: depth + 1 })
    }
  }
  return null
}


function tooLarge(limitBytes: number): HttpError {
  return new HttpError(413, `The request body is larger than ${Math.round(limitBytes / 1024)} KB; nothing was changed by it.`)
}
