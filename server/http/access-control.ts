import { bearerTokenOf, isAccessToken, isSessionValue } from './session-token'

/**
 * Optional access control for a server several people reach (docs/decisions/009):
 * - ARCHDECK_ACCESS_TOKEN set: every write to /api/ (any method but GET and HEAD) needs it;
 * - ARCHDECK_PRIVATE=1 as well: every read too, except share links (/s/<id>), which carry their
 *   own secret, and what signing in needs.
 * A browser proves it with the cookie /sign-in sets; a tool with `Authorization: Bearer <token>`.
 * proxy.ts turns the decision into a 401 (API) or a redirect to /sign-in (pages).
 */

type AccessSettings = {
  /** null: no token set, writes are open. */
  token: string | null
  /** Reads need the token too (ARCHDECK_PRIVATE=1). With no token set, nothing but share links opens. */
  isPrivate: boolean
}

export function readAccessSettings(env: Record<string, string | undefined>): AccessSettings {
  const token = env.ARCHDECK_ACCESS_TOKEN?.trim() || null
  const isPrivate = ['1', 'true', 'yes'].includes((env.ARCHDECK_PRIVATE ?? '').trim().toLowerCase())
  return { token, isPrivate }
}

/** Addresses open to anyone, even on a private server: share links, signing in, the app icon. */
function isPublicPath(pathname: string): boolean {
  return (
    /^\/s\/[^/]+\/?$/.test(pathname) ||
    pathname === '/sign-in' ||
    pathname === '/api/session' ||
    pathname === '/icon.svg' ||
    pathname === '/favicon.ico' ||
    // Script and style chunks are the same for everyone and hold no data (proxy.ts skips most anyway).
    pathname.startsWith('/_next/')
  )
}

export type AccessRequest = {
  method: string
  pathname: string
  /** The archdeck-session cookie, if any. */
  sessionCookie: string | null | undefined
  /** The Authorization header, if any. */
  authorization: string | null | undefined
}

type AccessDecision = 'allow' | 'refuse-api' | 'sign-in'

/**
 * `allow`, `refuse-api` (answer 401 JSON) or `sign-in` (redirect a page to /sign-in), e.g. with a
 * token set and no cookie: GET /api/workspaces/ws_… → allow; POST /api/share → refuse-api;
 * with ARCHDECK_PRIVATE=1 also GET / → sign-in, while GET /s/<id> → allow.
 */
export async function decideAccess(request: AccessRequest, settings: AccessSettings): Promise<AccessDecision> {
  if (!settings.token && !settings.isPrivate) return 'allow'
  if (isPublicPath(request.pathname)) return 'allow'
  const isApi = request.pathname === '/api' || request.pathname.startsWith('/api/')
  const isRead = ['GET', 'HEAD'].includes(request.method.toUpperCase())
  if (!settings.isPrivate && (!isApi || isRead)) return 'allow'
  if (settings.token && (await isAuthenticated(request, settings.token))) return 'allow'
  return isApi ? 'refuse-api' : 'sign-in'
}

async function isAuthenticated({ sessionCookie, authorization }: AccessRequest, token: string): Promise<boolean> {
  if (sessionCookie && (await isSessionValue(sessionCookie, token))) return true
  const bearer = bearerTokenOf(authorization)
  return bearer !== null && (await isAccessToken(bearer, token))
}

/** What a refused API call reads. */
export const SIGN_IN_REQUIRED = 'This ArchDeck asks for its access token: sign in at /sign-in, or send the header Authorization: Bearer <token>.'

/**
 * Where a sign-in may send the browser afterwards: a path on this server only. `/workspaces?x=1`
 * stays; `//evil.example`, `/\evil.example`, `https://evil.example`, `javascript:…` and anything
 * with control characters become `/`.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (typeof next !== 'string' || next.length > 2000) return '/'
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/'
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return '/'
  // Resolved against a dummy origin: whatever the browser would make of it must stay on that origin.
  try {
    const url = new URL(next, 'http://archdeck.invalid')
    if (url.origin !== 'http://archdeck.invalid') return '/'
    if (url.pathname === '/sign-in') return '/'
    return `${url.pathname}${url.search}${url.hash}`
  } catch {
    return '/'
  }
}

/** `/sign-in?next=%2Fworkspaces%3Fx%3D1` for a page request to /workspaces?x=1. */
export function signInLocation(pathname: string, search: string): string {
  const params = new URLSearchParams(search)
  params.delete('_rsc') // Next.js's own cache-busting parameter: not part of the address
  const query = params.toString()
  return `/sign-in?next=${encodeURIComponent(safeNextPath(`${pathname}${query ? `?${query}` : ''}`))}`
}
