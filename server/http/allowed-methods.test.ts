import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { allowedMethods, API_ROUTE_METHODS, STANDARD_METHODS } from './allowed-methods'

const API_DIR = path.resolve(__dirname, '../../app/api')

/** Every app/api/**\/route.ts as its route path: `[workspaceId]` → `:workspaceId`. */
function apiRouteFiles(dir = API_DIR): { route: string; file: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return apiRouteFiles(full)
    if (entry.name !== 'route.ts') return []
    const route = `/api/${path.relative(API_DIR, path.dirname(full)).split(path.sep).join('/')}`.replace(/\[([^\]]+)\]/g, ':$1')
    return [{ route, file: full }]
  })
}

describe('the methods each address answers', () => {
  it('lists exactly the handlers every API route exports, so the table cannot drift', () => {
    const files = apiRouteFiles()
    expect(files.map((f) => f.route).sort()).toEqual(API_ROUTE_METHODS.map(([route]) => route).sort())
    for (const { route, file } of files) {
      // Read, not imported: a route module pulls in the whole app, and its exports are plain to see.
      const exported = [...readFileSync(file, 'utf8').matchAll(/^export (?:const|async function|function) ([A-Z]+)\b/gm)].map((m) => m[1]!).filter((name) => (STANDARD_METHODS as readonly string[]).includes(name))
      expect(exported.sort(), route).toEqual([...API_ROUTE_METHODS.find(([r]) => r === route)![1]].sort())
    }
  })

  it('has no GET on /api/workspaces: no address lists every workspace', () => {
    expect(allowedMethods('/api/workspaces')).toEqual(['OPTIONS', 'POST'])
    expect(allowedMethods('/api/workspaces/')).toEqual(['OPTIONS', 'POST'])
  })

  it('adds HEAD with GET and OPTIONS always, matches path parameters, and knows no unknown API address', () => {
    expect(allowedMethods('/api/workspaces/ws_abc')).toEqual(['GET', 'HEAD', 'OPTIONS', 'PATCH'])
    expect(allowedMethods('/api/workspaces/ws_abc/scenarios/sc_x/versions/3/restore')).toEqual(['OPTIONS', 'POST'])
    expect(allowedMethods('/api/workspaces/ws_abc/nothing')).toBeNull()
    expect(allowedMethods('/api/nothing')).toBeNull()
    expect(allowedMethods('/_next/static/chunks/a.js')).toBeNull()
    expect(allowedMethods('/__nextjs_original-stack-frames')).toBeNull()
  })

  it('lets pages be read only', () => {
    expect(allowedMethods('/')).toEqual(['GET', 'HEAD', 'OPTIONS'])
    expect(allowedMethods('/s/abc')).toEqual(['GET', 'HEAD', 'OPTIONS'])
    expect(allowedMethods('/apinot')).toEqual(['GET', 'HEAD', 'OPTIONS'])
  })
})
