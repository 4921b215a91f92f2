/**
 * The raw request target as the client sent it, before anyone parses it. The WHATWG URL parser
 * treats `%2e` and `%2e%2e` as `.` and `..`, so `/api/workspaces/%2e%2e` became `/api/` and
 * Next.js answered with a redirect to `/api`: an address that names nothing must answer 400, not
 * send the client somewhere else. ArchDeck's ids and version numbers never contain a dot segment
 * or a slash, so refusing them costs no real request anything.
 *
 * No imports: server/serve.ts calls it for every request, and the test needs no Next.js.
 */

/**
 * The path of a request target: `/a/b?x=1` → `/a/b`; `http://host/a?x` (absolute form) → `/a`;
 * `*` (OPTIONS *) → `*`.
 */
export function pathOfTarget(target: string): string {
  const withoutAuthority = /^[a-z][a-z0-9+.-]*:\/\//i.test(target) ? target.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '') : target
  return withoutAuthority.split(/[?#]/, 1)[0] || '/'
}

/**
 * Why the path cannot name anything here, or null when it can. Refused: a `.` or `..` segment,
 * plain or percent-encoded (`%2e`, `%2E%2e`), a segment hiding a slash (`..%2f`, `%5c`), and
 * backslashes, which some servers read as slashes.
 *
 * `findPathProblem('/api/workspaces/%2e%2e')` → 'a "." or ".." segment'
 */
export function findPathProblem(path: string): string | null {
  if (path === '*') return null
  if (path.includes('\\')) return 'a backslash'
  for (const segment of path.split('/')) {
    const decoded = decodeSegment(segment)
    if (decoded === null) return 'broken percent-encoding'
    if (/[/\\]/.test(decoded)) return 'an encoded slash'
    if (decoded === '.' || decoded === '..') return 'a "." or ".." segment'
  }
  return null
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}
