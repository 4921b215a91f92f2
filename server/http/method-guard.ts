import { allowedMethods } from './allowed-methods'

/**
 * 405 for a method an address does not take, decided before anything else runs. Two callers:
 * - proxy.ts, for every method Next.js lets through to it (GET /api/workspaces, PUT on a page,
 *   PROPFIND, …);
 * - server/serve.ts, through raw-request-guard.ts, for the methods Next.js cannot even represent:
 *   TRACE, TRACK and CONNECT are forbidden in a fetch Request, so building one for the proxy throws
 *   and every such request answered 500 with a stack trace in the log.
 */

type MethodRefusal = { status: 405; allow: string; message: string }

/**
 * Null when `method` is one `pathname` answers (or the address is unknown: that is a 404, not a
 * 405); else the refusal, e.g. `checkMethod('GET', '/api/workspaces')` →
 * `{ status: 405, allow: 'OPTIONS, POST', message: 'This address does not answer GET; it answers OPTIONS, POST.' }`.
 */
export function checkMethod(method: string, pathname: string): MethodRefusal | null {
  const allowed = allowedMethods(pathname)
  if (!allowed) return null
  const upper = method.toUpperCase()
  if (allowed.includes(upper)) return null
  const allow = allowed.join(', ')
  // The method is the client's own text: keep it short and printable in the sentence.
  const named = /^[A-Z-]{1,20}$/.test(upper) ? upper : 'this method'
  return { status: 405, allow, message: `This address does not answer ${named}; it answers ${allow}.` }
}
