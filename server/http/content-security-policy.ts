/**
 * The Content-Security-Policy of ArchDeck's pages and API answers, as one pure function per kind
 * of response. proxy.ts calls it with a fresh nonce per request; Next.js reads the nonce back out
 * of the request's Content-Security-Policy header and puts it on its own scripts [1].
 *
 * No imports: the proxy bundle stays small, and the unit test needs no Next.js.
 */

type PagePolicyOptions = {
  /** Base64 of ≥ 128 random bits, new for every request. */
  nonce: string
  /** `next dev` only: React rebuilds server error stacks in the browser with eval [2]. */
  isDevelopment: boolean
  /** `sha256-…` (no quotes) of inline <style> elements rendered without a nonce, see [3]. */
  inlineStyleHashes?: readonly string[]
}

/** A directive and its sources; a directive without sources (e.g. upgrade-insecure-requests) has none. */
type PolicyDirectives = ReadonlyArray<readonly [directive: string, sources: readonly string[]]>

const NONCE = /^[A-Za-z0-9+/_-]{22,}={0,2}$/
const HASH = /^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/

/**
 * The page policy, e.g. for nonce "abc…":
 * `default-src 'self'; script-src 'self' 'nonce-abc…' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; …`
 */
function buildPagePolicyDirectives({ nonce, isDevelopment, inlineStyleHashes = [] }: PagePolicyOptions): PolicyDirectives {
  if (!NONCE.test(nonce)) throw new Error('A CSP nonce must be base64 of at least 128 random bits.')
  for (const hash of inlineStyleHashes) if (!HASH.test(hash)) throw new Error(`"${hash}" is not a CSP hash source.`)
  const styleElements = isDevelopment ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`, ...inlineStyleHashes.map((h) => `'${h}'`)]
  return [
    ['default-src', ["'self'"]],
    // Only scripts carrying this request's nonce run, and the chunks they load ('strict-dynamic');
    // 'self' is a fallback for browsers without strict-dynamic and is ignored by those with it.
    ['script-src', ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(isDevelopment ? ["'unsafe-eval'"] : [])]],
    ['script-src-attr', ["'none'"]],
    // style-src is only the fallback for browsers without the two directives below [4].
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['style-src-elem', styleElements],
    // React Flow positions nodes and recharts sizes bars with style="…" attributes: these cannot
    // carry a nonce, so attributes stay open. They cannot run script or load anything img-src forbids.
    ['style-src-attr', ["'unsafe-inline'"]],
    // The topology PNG/SVG download (html-to-image) draws the diagram from a data: SVG into a canvas
    // and hands the file over as a data: URL; blob: for the exports built with URL.createObjectURL.
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ]
}

/** The page policy as a header value. */
export function buildPagePolicy(options: PagePolicyOptions): string {
  return serialisePolicy(buildPagePolicyDirectives(options))
}

/**
 * API answers are JSON that no browser should render, run or frame: nothing is allowed.
 * `default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`
 */
export const API_POLICY = serialisePolicy([
  ['default-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
])

/** `[['default-src', ["'self'"]], ['object-src', ["'none'"]]]` → `default-src 'self'; object-src 'none'`. */
export function serialisePolicy(directives: PolicyDirectives): string {
  return directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ')
}

/** `default-src 'self'; object-src 'none'` → Map { default-src → ["'self'"], object-src → ["'none'"] }. */
export function parsePolicy(header: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources)
  }
  return directives
}

// [1] node_modules/next/dist/docs/01-app/02-guides/content-security-policy.md, "How nonces work":
//     the page must be rendered per request; the root layout reads cookies(), so every page is.
// [2] Same guide, "Development Environment". Production never gets 'unsafe-eval'.
// [3] components/present/print-css.ts is rendered as a plain <style> by the presentation, which is
//     a client component without access to the nonce; proxy.ts hashes it at start-up instead.
// [4] Browsers that know style-src-elem/style-src-attr (Chrome 75, Firefox 108, Safari 15.4) never
//     read style-src for elements or attributes; older ones fall back to 'unsafe-inline'.
