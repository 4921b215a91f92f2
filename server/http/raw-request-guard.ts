import { API_POLICY } from './content-security-policy'
import { checkMethod } from './method-guard'
import { findPathProblem, pathOfTarget } from './request-target'
import { SECURITY_HEADERS } from './security-headers.mjs'

/**
 * Refusals server/serve.ts answers itself, from the raw method and request target, before Next.js
 * parses either (see method-guard.ts and request-target.ts for why it cannot). Each carries the
 * security headers and a one-sentence body: JSON `{ error }` under /api/, plain text elsewhere.
 */

type RawRefusal = { status: 400 | 405; headers: Record<string, string>; body: string }

/**
 * `refuseRawRequest('TRACE', '/')` → 405 with `Allow: GET, HEAD, OPTIONS`;
 * `refuseRawRequest('GET', '/api/workspaces/%2e%2e')` → 400; an ordinary request → null.
 */
export function refuseRawRequest(method: string | undefined, target: string | undefined): RawRefusal | null {
  const path = pathOfTarget(target ?? '/')
  const problem = findPathProblem(path)
  if (problem) return refusal(400, path, `This address has ${problem}, so it names nothing here.`)
  // Only methods the fetch standard forbids need this guard; the proxy refuses every other one.
  if (!FORBIDDEN_IN_FETCH.has((method ?? '').toUpperCase())) return null
  const refused = checkMethod(method ?? '', path === '*' ? '/' : path) ?? checkMethod(method ?? '', '/')!
  return refusal(405, path, refused.message, { allow: refused.allow })
}

/** What `new Request()` refuses to build (fetch standard, "forbidden method"). */
const FORBIDDEN_IN_FETCH = new Set(['CONNECT', 'TRACE', 'TRACK'])

/** The refusal as raw HTTP/1.1 bytes, for a CONNECT request whose socket has no response object. */
export function formatRawResponse({ status, headers, body }: RawRefusal): string {
  const reason = status === 400 ? 'Bad Request' : 'Method Not Allowed'
  const lines = Object.entries({ ...headers, connection: 'close' }).map(([name, value]) => `${name}: ${value}`)
  return `HTTP/1.1 ${status} ${reason}\r\n${lines.join('\r\n')}\r\n\r\n${body}`
}

function refusal(status: 400 | 405, path: string, message: string, extra: Record<string, string> = {}): RawRefusal {
  const isApi = path === '/api' || path.startsWith('/api/')
  const headers: Record<string, string> = {
    ...Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key.toLowerCase(), value])),
    'content-security-policy': API_POLICY,
    'cache-control': 'no-store',
    'content-type': isApi ? 'application/json' : 'text/plain; charset=utf-8',
    ...extra,
  }
  const body = isApi ? JSON.stringify({ error: message }) : `${message}\n`
  return { status, headers: { ...headers, 'content-length': String(new TextEncoder().encode(body).length) }, body }
}
