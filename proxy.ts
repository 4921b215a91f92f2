import { NextResponse, type NextRequest } from 'next/server'
import { PRINT_CSS } from '@/components/present/print-css'
import { decideAccess, readAccessSettings, SIGN_IN_REQUIRED, signInLocation } from '@/server/http/access-control'
import { PAGE_METHODS } from '@/server/http/allowed-methods'
import { API_POLICY, buildPagePolicy } from '@/server/http/content-security-policy'
import { isAllowedHost, MISDIRECTED_TEXT, readAllowedHosts, type AllowedHost } from '@/server/http/host-allow-list'
import { checkMethod } from '@/server/http/method-guard'
import { refuseOverLimitLink } from '@/server/http/refuse-over-limit-link'
import { SESSION_COOKIE } from '@/server/http/session-token'

/**
 * Runs before every page and API answer (Next.js 16 runs it in Node.js), in this order:
 * 1. a Host ArchDeck does not answer to gets 421 (DNS rebinding, server/http/host-allow-list.ts);
 * 2. a method the address does not take gets 405 with Allow (server/http/method-guard.ts);
 * 3. with ARCHDECK_ACCESS_TOKEN set, a write without it gets 401, and with ARCHDECK_PRIVATE=1 a
 *    page without it goes to /sign-in (server/http/access-control.ts);
 * 4. the Content-Security-Policy: a fresh nonce per page request (Next.js reads it from the request
 *    header and stamps its own scripts with it), and a deny-everything policy for the JSON API.
 * The headers that never change (nosniff, Referrer-Policy, X-Frame-Options, …) are in
 * next.config.js, which also covers the static files this proxy skips.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const isApi = pathname === '/api' || pathname.startsWith('/api/')
  if (!isAllowedHost(request.headers.get('host'), allowedHosts())) {
    return new Response(MISDIRECTED_TEXT, { status: 421, headers: refusalHeaders('text/plain; charset=utf-8') })
  }
  const refusedMethod = checkMethod(request.method, pathname)
  if (refusedMethod) {
    const headers = { ...refusalHeaders(isApi ? 'application/json' : 'text/plain; charset=utf-8'), allow: refusedMethod.allow }
    return new Response(isApi ? JSON.stringify({ error: refusedMethod.message }) : `${refusedMethod.message}\n`, { status: 405, headers })
  }
  // OPTIONS asks what a page takes (Next.js answers it for API routes, not for pages).
  if (!isApi && request.method === 'OPTIONS') return new Response(null, { status: 204, headers: { allow: PAGE_METHODS.join(', '), 'cache-control': 'no-store' } })
  const access = await decideAccess(
    { method: request.method, pathname, sessionCookie: request.cookies.get(SESSION_COOKIE)?.value, authorization: request.headers.get('authorization') },
    readAccessSettings(process.env),
  )
  if (access === 'refuse-api') {
    return new Response(JSON.stringify({ error: SIGN_IN_REQUIRED }), { status: 401, headers: { ...refusalHeaders('application/json'), 'www-authenticate': 'Bearer realm="ArchDeck"' } })
  }
  if (access === 'sign-in') {
    // Next.js needs an absolute Location; built on the Host the browser used, which passed the allow-list above.
    const location = new URL(signInLocation(pathname, search), `${request.nextUrl.protocol}//${request.headers.get('host')}`)
    return new Response(null, { status: 303, headers: { ...refusalHeaders('text/plain; charset=utf-8'), location: location.href } })
  }

  // A scenario link over the evaluation limits gets 422 before any page evaluates it (docs/decisions/011).
  const overLimit = isApi ? null : refuseOverLimitLink(request)
  if (overLimit) return overLimit

  if (isApi) {
    const response = NextResponse.next()
    response.headers.set('Content-Security-Policy', API_POLICY)
    return response
  }
  const nonce = newNonce()
  const policy = buildPagePolicy({
    nonce,
    isDevelopment: process.env.NODE_ENV !== 'production',
    inlineStyleHashes: [await printCssHash],
  })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-nonce', nonce)
  requestHeaders.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

/** Answers the proxy makes itself: nothing to run, frame or cache. */
function refusalHeaders(contentType: string): Record<string, string> {
  return { 'content-type': contentType, 'content-security-policy': API_POLICY, 'cache-control': 'no-store' }
}

let hosts: { setting: string | undefined; allowed: AllowedHost[] } | undefined

/** The allow-list for the current ARCHDECK_ALLOWED_HOSTS, parsed once per setting. */
function allowedHosts(): AllowedHost[] {
  const setting = process.env.ARCHDECK_ALLOWED_HOSTS
  if (!hosts || hosts.setting !== setting) hosts = { setting, allowed: readAllowedHosts(setting) }
  return hosts.allowed
}

/** 16 random bytes as base64: 128 bits an attacker would have to guess per page view. */
function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}

/** The presentation's print stylesheet is a plain <style> without a nonce; allow exactly that text. */
const printCssHash = crypto.subtle.digest('SHA-256', new TextEncoder().encode(PRINT_CSS)).then((digest) => `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`)

export const config = {
  matcher: [
    // Static chunks and images carry no policy of their own: the page that loads them does.
    '/((?!_next/static|_next/image).*)',
  ],
}
