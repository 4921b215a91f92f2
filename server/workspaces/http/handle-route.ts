import type { ServerReason } from '@/lib/i18n/catalog/server-reasons'
import { sayServer } from '@/lib/i18n/catalog/say-server'
import { classifyStorageFailure } from '@/server/db/storage-failure'
import { isRepositoryError, type RepositoryErrorCode } from '../repository-error'
import { HttpError } from './http-error'
import { guardWrite } from './write-guard'

const STATUS: Record<RepositoryErrorCode, number> = { invalid: 400, not_found: 404, duplicate: 409, unreadable: 422 }

/** JSON that no cache keeps: workspaces change with every save. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...headers, 'cache-control': 'no-store' } })
}

/**
 * Wraps a route handler: writes pass guardWrite first (403 cross-site, 429 too many); refusals
 * become 400/404/409/413/415/422 with `{ error, fieldErrors?, reason? }`; anything unexpected is logged here
 * with its stack and answers 500 with a sentence, never the stack or the error's own text.
 */
export function handleRoute<C = void>(handler: (request: Request, context: C) => Promise<Response>): (request: Request, context: C) => Promise<Response> {
  return async (request, context) => {
    try {
      await guardWrite(request)
      await guardPathParams(context)
      return await handler(request, context)
    } catch (error) {
      if (error instanceof HttpError) return json(errorBody(error.message, error.fieldErrors, error.reason), error.status, error.headers)
      if (isRepositoryError(error)) return json(errorBody(error.message, error.fieldErrors, error.reason), STATUS[error.code])
      console.error(`[archdeck] ${request.method} ${safePath(request)} failed:`, error)
      // A locked, damaged or newer database will not heal by itself: say so, and how to recover.
      const storageFailure = classifyStorageFailure(error)
      const reason: ServerReason = storageFailure ? { code: 'server.storage', params: { failure: storageFailure } } : { code: 'server.failed', params: {} }
      return json(errorBody(sayServer('en', reason), [], reason), 500)
    }
  }
}

/** Ids are base64url (server/db/new-id.ts) and versions are digits; anything else names nothing. */
const PATH_PARAM = /^[A-Za-z0-9_-]{1,100}$/

/** 404 before any lookup for a path param no id can have (`%00`, quotes, 10 KB of text). */
async function guardPathParams(context: unknown): Promise<void> {
  const params = (context as { params?: Promise<Record<string, unknown>> } | null | undefined)?.params
  if (!params) return
  for (const value of Object.values(await params)) {
    if (typeof value !== 'string' || !PATH_PARAM.test(value)) throw new HttpError(404, { code: 'server.bad-path-id', params: {} })
  }
}

/** `error` in English for API clients; `reason` (code and params) for the panel to word in its reader's language. */
function errorBody(error: string, fieldErrors: { path: string; message: string }[], reason: ServerReason | null) {
  return { error, ...(fieldErrors.length > 0 ? { fieldErrors } : {}), ...(reason ? { reason } : {}) }
}

function safePath(request: Request): string {
  try {
    return new URL(request.url).pathname
  } catch {
    return '(unknown path)'
  }
}
