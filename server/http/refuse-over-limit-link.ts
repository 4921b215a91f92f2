import { LOCALE_COOKIE, type Locale } from '@/lib/i18n'
import { sayModel } from '@/lib/i18n/catalog/say-model'
import { sayPages } from '@/lib/i18n/catalog/say-pages'
import { wordsIn } from '@/lib/i18n/catalog/words-in'
import { resolveLocale } from '@/lib/i18n/resolve-locale'
import { checkScenarioLink, type FieldError } from '@/lib/model'

/**
 * The pages that evaluate a scenario carried in `?s=` on the server: the dashboard, the deck and
 * the comparison. (/s/<id> reads a stored version, validated by the same schema when it was saved
 * and when it is read: one over the limits is not found.)
 */
const LINK_PAGES = new Set(['/', '/present', '/compare'])

/** Links checked per request: /compare takes four plans, so more is not a comparison. */
const MAX_LINKS_CHECKED = 8

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The time budget of a link (docs/decisions/011-bounded-evaluation.md): JavaScript cannot stop a
 * synchronous evaluation once it runs, so the budget is enforced before it starts. The schema
 * bounds every number and estimates the design's work (lib/model/evaluation-work.ts); a link over
 * any limit is answered here, in the proxy, with 422 and the fields at fault, in about a
 * millisecond and before any page code or engine runs. A page can only answer 200, 401, 403 or 404,
 * hence the proxy. Returns null for every other request, broken links included: those keep their
 * pages (the dashboard opens the default preset and says why).
 * Example: GET /present?s=<scheduledPeakCount 2e9> → 422 "services[0].scaling.scheduledPeakCount: must be at most 500".
 */
export function refuseOverLimitLink(request: Request): Response | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  const url = new URL(request.url)
  if (!LINK_PAGES.has(url.pathname)) return null
  const links = url.searchParams.getAll('s').filter(Boolean).slice(0, MAX_LINKS_CHECKED)
  for (const link of links) {
    const check = checkScenarioLink(link)
    if (!check.ok && check.overLimits) return overLimitPage(check.errors, pickLocale(url, request.headers.get('cookie')))
  }
  return null
}

/** `?lang=` first, then the language the dashboard's switch saved in a cookie, as every page picks it. */
function pickLocale(url: URL, cookies: string | null): Locale {
  const saved = cookies?.split(';').map((c) => c.trim().split('=')).find(([name]) => name === LOCALE_COOKIE)?.[1]
  return resolveLocale(url.searchParams.get('lang') ?? undefined, saved)
}

function overLimitPage(errors: readonly FieldError[], locale: Locale): Response {
  const w = wordsIn('pages', sayPages, locale)
  const items = errors
    .slice(0, 5)
    .map((e) => `<li><code>${escapeHtml(`${e.path === 'config' ? w('overLimitDesign') : e.path.replace(/^config\./, '')}: ${e.reason ? sayModel(locale, e.reason) : e.message}`)}</code></li>`)
    .join('')
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(w('overLimitTitle'))} — ArchDeck</title></head>
<body><main role="alert" data-testid="over-limit-notice"><h1>${escapeHtml(w('overLimitTitle'))}</h1><p>${escapeHtml(w('overLimitBody'))}</p><ul>${items}</ul><p>${escapeHtml(w('overLimitLimits'))}</p><p><a href="/">${escapeHtml(w('overLimitBack'))}</a></p></main></body></html>
`
  return new Response(html, {
    status: 422,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      // A static page: nothing to run, load or frame.
      'Content-Security-Policy': "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
    },
  })
}
