import { NextResponse, type NextRequest } from 'next/server'
import { PRINT_CSS } from '@/components/present/print-css'
import { API_POLICY, buildPagePolicy } from '@/server/http/content-security-policy'

/**
 * Sets the Content-Security-Policy of every answer: a fresh nonce per page request (Next.js reads
 * it from the request header and stamps its own scripts with it), and a deny-everything policy for
 * the JSON API. The headers that never change (nosniff, Referrer-Policy, X-Frame-Options, …) are in
 * next.config.js, which also covers the static files this proxy skips.
 */
export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/api/')) {
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
