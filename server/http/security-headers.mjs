/**
 * Headers every answer carries, pages, API and static files alike. The Content-Security-Policy is
 * not here: it needs a nonce per request, so proxy.ts sets it (server/http/content-security-policy.ts).
 * Why each one: docs/decisions/006-web-security.md. Plain JavaScript, so next.config.js can read it;
 * server/serve.ts puts the same list on the refusals it writes before Next.js sees a request.
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
