/**
 * Which HTTP methods each address answers, so a method it does not take gets 405 with an `Allow`
 * header that says which it does (Next.js answers an unimplemented method with a bare 405, and
 * pages with whatever the page renders). allowed-methods.test.ts checks this table against the
 * handlers every app/api/** /route.ts exports, so it cannot drift from them.
 *
 * No imports: proxy.ts and server/serve.ts both use it.
 */

/** The methods ArchDeck's routes can implement (what Next.js route handlers support). */
export const STANDARD_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const

/** Each API route (`:name` for a path parameter) and the handlers its route.ts exports. */
export const API_ROUTE_METHODS: ReadonlyArray<readonly [path: string, methods: readonly string[]]> = [
  // Reads Terraform files into a design; stores nothing, but counts against the write limit.
  ['/api/import', ['POST']],
  ['/api/presets', ['GET']],
  ['/api/prices', ['GET']],
  ['/api/session', ['POST', 'DELETE']],
  ['/api/share', ['POST']],
  // Stores a design too large for a link; content-addressed, so a repeat stores nothing (docs/decisions/017).
  ['/api/snapshots', ['POST']],
  // No GET: no address lists every workspace; a browser keeps its own list (docs/decisions/009).
  ['/api/workspaces', ['POST']],
  ['/api/workspaces/:workspaceId', ['GET', 'PATCH']],
  ['/api/workspaces/:workspaceId/decisions', ['GET', 'POST']],
  ['/api/workspaces/:workspaceId/scenarios', ['POST']],
  ['/api/workspaces/:workspaceId/scenarios/:scenarioId/versions', ['GET', 'POST']],
  ['/api/workspaces/:workspaceId/scenarios/:scenarioId/versions/:version', ['GET']],
  ['/api/workspaces/:workspaceId/scenarios/:scenarioId/versions/:version/restore', ['POST']],
]

/** Pages are read: ArchDeck has no server actions, so nothing posts to a page. */
export const PAGE_METHODS = ['GET', 'HEAD', 'OPTIONS'] as const

/**
 * The methods `pathname` answers, as an Allow header lists them: what the route exports, plus HEAD
 * with GET and OPTIONS (Next.js implements both). Pages: GET, HEAD, OPTIONS. An /api/ address no
 * route has, or one of Next.js's own: null (Next.js answers).
 *
 * `allowedMethods('/api/workspaces')` → ['OPTIONS', 'POST']
 */
export function allowedMethods(pathname: string): string[] | null {
  // Next.js's own addresses (chunks, images, the development overlay) decide for themselves.
  if (pathname.startsWith('/_next/') || pathname.startsWith('/__nextjs')) return null
  if (pathname !== '/api' && !pathname.startsWith('/api/')) return [...PAGE_METHODS]
  const methods = API_ROUTE_METHODS.find(([path]) => matchesRoute(path, pathname))?.[1]
  if (!methods) return null
  const allow = new Set([...methods, 'OPTIONS'])
  if (allow.has('GET')) allow.add('HEAD')
  return [...allow].sort()
}

/** `/api/workspaces/:workspaceId` matches `/api/workspaces/ws_abc`, not `/api/workspaces/ws_abc/x`. */
function matchesRoute(route: string, pathname: string): boolean {
  const want = route.split('/')
  const have = pathname.replace(/\/+$/, '').split('/')
  return want.length === have.length && want.every((part, i) => part.startsWith(':') ? have[i] !== '' : part === have[i])
}
