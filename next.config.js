/**
 * Headers every answer carries, pages, API and static files alike. The Content-Security-Policy is
 * not here: it needs a nonce per request, so proxy.ts sets it (server/http/content-security-policy.ts).
 * Why each one: docs/decisions/006-web-security.md.
 */
export const SECURITY_HEADERS = [
  // Serve JSON as JSON and scripts as scripts: never let the browser guess a type from the bytes.
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Share links (/s/<id>) are the only secret a reader needs: never send a path to another origin.
  { key: 'Referrer-Policy', value: 'no-referrer' },
  // For browsers without CSP frame-ancestors; both say "never in a frame".
  { key: 'X-Frame-Options', value: 'DENY' },
  // Only features Chromium recognises: an unknown one is logged as a console error on every page.
  { key: 'Permissions-Policy', value: 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()' },
  // A page another site opens cannot reach back through window.opener.
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Other origins cannot embed our answers (JSON, images, scripts) with no-cors requests.
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  { key: 'X-Permitted-Cross-Domain-Policies', value: 'none' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm test` builds into .next-test (ARCHDECK_DIST_DIR) so it never replaces the build that a running
  // `npm start` serves from .next (docs/decisions/008-one-process-per-data-directory.md).
  distDir: process.env.ARCHDECK_DIST_DIR?.trim() || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // With a proxy, Next.js buffers each request body for it; the API refuses bodies over 256 KB
    // anyway (server/workspaces/http/read-json-body.ts), so buffer no more than 1 MB of one.
    proxyClientMaxBodySize: '1mb',
  },
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }]
  },
}

export default nextConfig
