import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { vi } from 'vitest'
import { trackPending } from './pending-work'

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>
type RouteModule = Partial<Record<'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', Handler>>

/** Every route handler of the app, by file: `/app/api/workspaces/[workspaceId]/route.ts`. */
const ROUTES = import.meta.glob<RouteModule>('/app/api/**/route.ts')

/** `/app/api/workspaces/[workspaceId]/route.ts` → a pattern for `/api/workspaces/ws_…` and its param names. */
function patternOf(file: string): { pattern: RegExp; names: string[] } {
  const names: string[] = []
  const source = file
    .replace(/^\/app/, '')
    .replace(/\/route\.ts$/, '')
    .replace(/\[(\w+)\]/g, (_, name: string) => (names.push(name), '([^/]+)'))
  return { pattern: new RegExp(`^${source}$`), names }
}

const TABLE = Object.entries(ROUTES).map(([file, load]) => ({ ...patternOf(file), load }))

/** Answers one request with the app's own handler, as the server would. */
async function answer(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url)
  for (const { pattern, names, load } of TABLE) {
    const match = pattern.exec(pathname)
    if (!match) continue
    const handler = (await load())[request.method as keyof RouteModule]
    if (!handler) return new Response(null, { status: 405 })
    const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]))
    return handler(request, { params: Promise.resolve(params) })
  }
  return new Response(null, { status: 404 })
}

/**
 * Makes the page's `fetch('/api/…')` reach the app's route handlers, over a fresh PGlite database
 * in a temporary folder, so the workspace views show what the real API answers; paths matching
 * `failing` answer 503 instead. Returns the undo.
 */
export function serveApiInProcess({ failing }: { failing?: RegExp } = {}): () => Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'archdeck-pseudo-'))
  vi.stubEnv('ARCHDECK_DATA_DIR', dataDir)
  vi.stubEnv('DATABASE_URL', '')
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(new URL(String(input instanceof Request ? input.url : input), 'http://localhost'), init)
    // A server that is down for these paths, so the pages' loading-failed states show.
    if (failing?.test(new URL(request.url).pathname)) return trackPending(Promise.resolve(Response.json({ error: 'Service unavailable.' }, { status: 503 })))
    return trackPending(answer(request))
  })
  return async () => {
    const { closeDb } = await import('@/server/db/client')
    await closeDb()
    vi.unstubAllGlobals()
    vi.unstubAllEnvs()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
