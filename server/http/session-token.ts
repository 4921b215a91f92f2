/**
 * The sign-in cookie of a shared server (access-control.ts): it holds HMAC-SHA256 of a fixed label
 * keyed with ARCHDECK_ACCESS_TOKEN, never the token itself, so a copied cookie does not reveal the
 * token, and changing the token signs everyone out. Web Crypto only: proxy.ts and route handlers
 * both call it, and the test needs no Next.js.
 */

export const SESSION_COOKIE = 'archdeck-session'

/** 30 days; signing out or changing the token ends it sooner. */
const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60

const LABEL = new TextEncoder().encode('archdeck session v1')

/** base64url of HMAC-SHA256(key = token, "archdeck session v1"): 43 characters whatever the token's length. */
export async function sessionValueFor(token: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(token), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, LABEL))
  return btoa(String.fromCharCode(...mac)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/**
 * Compares every character whatever the first difference, so the time taken says nothing about how
 * much of a guess was right. Callers compare two HMACs of the same length, so the length says nothing either.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0)
  return difference === 0
}

/** Whether `candidate` is the token: both go through the HMAC first, so the comparison is of equal lengths. */
export async function isAccessToken(candidate: string | null | undefined, token: string): Promise<boolean> {
  if (typeof candidate !== 'string' || candidate === '' || candidate.length > 4096) return false
  return constantTimeEqual(await sessionValueFor(candidate), await expectedSessionValue(token))
}

/** Whether a cookie value is the session value of `token`. */
export async function isSessionValue(cookieValue: string | null | undefined, token: string): Promise<boolean> {
  if (typeof cookieValue !== 'string' || cookieValue.length > 200) return false
  return constantTimeEqual(cookieValue, await expectedSessionValue(token))
}

// The configured token's own HMAC is asked for on every page and write of a private server: derive
// it once per token (a changed ARCHDECK_ACCESS_TOKEN simply misses the slot).
let expected: { token: string; value: Promise<string> } | undefined

function expectedSessionValue(token: string): Promise<string> {
  if (expected?.token !== token) expected = { token, value: sessionValueFor(token) }
  return expected.value
}

/** `Authorization: Bearer <token>` → the token; anything else → null. */
export function bearerTokenOf(authorization: string | null | undefined): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '')
  return match ? match[1]! : null
}

/**
 * The Set-Cookie header: HttpOnly (no script reads it), SameSite=Strict (no other site's link or
 * form carries it), Path=/, and Secure when the browser reached us over https.
 */
export function sessionCookieHeader(value: string, { secure, maxAgeSeconds = SESSION_MAX_AGE_SECONDS }: { secure: boolean; maxAgeSeconds?: number }): string {
  return [`${SESSION_COOKIE}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`, ...(secure ? ['Secure'] : [])].join('; ')
}

/** Signing out: the same cookie, empty and already expired. */
export function clearedSessionCookieHeader({ secure }: { secure: boolean }): string {
  return sessionCookieHeader('', { secure, maxAgeSeconds: 0 })
}
