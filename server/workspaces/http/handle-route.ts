import { isRepositoryError, type RepositoryErrorCode } from '../repository-error'
import { HttpError } from './http-error'

const STATUS: Record<RepositoryErrorCode, number> = { invalid: 400, not_found: 404, duplicate: 409, unreadable: 422 }

/** JSON that no cache keeps: workspaces change with every save. */
export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } })
}

/**
 * Wraps a route handler: refusals become 400/404/409/413/422 with `{ error, fieldErrors? }`; anything
 * unexpected is logged here with its stack and answers 500 with a sentence, never the stack.
 */
export function handleRoute<C = void>(handler: (request: Request, context: C) => Promise<Response>): (request: Request, context: C) => Promise<Response> {
  return async (request, context) => {
    try {
      return await handler(request, context)
    } catch (error) {
      if (error instanceof HttpError) return json(errorBody(error.message, error.fieldErrors), error.status)
      if (isRepositoryError(error)) return json(errorBody(error.message, error.fieldErrors), STATUS[error.code])
      console.error(`[archdeck] ${request.method} ${safePath(request)} failed:`, error)
      return json({ error: 'The server could not complete this request. Nothing was changed by it; try again in a moment.' }, 500)
    }
  }
}

function errorBody(error: string, fieldErrors: { path: string; message: string }[]) {
  return fieldErrors.length > 0 ? { error, fieldErrors } : { error }
}

function safePath(request: Request): string {
  try {
    return new URL(request.url).pathname
  } catch {
    return '(unknown path)'
  }
}
