import { describe, expect, it } from 'vitest'
import { decideAccess, readAccessSettings, safeNextPath, signInLocation, type AccessRequest } from './access-control'
import { sessionValueFor } from './session-token'

const TOKEN = 's3cret-token-for-tests'
const open = readAccessSettings({})
const writesNeedToken = readAccessSettings({ ARCHDECK_ACCESS_TOKEN: ` ${TOKEN} ` })
const privateServer = readAccessSettings({ ARCHDECK_ACCESS_TOKEN: TOKEN, ARCHDECK_PRIVATE: '1' })
const ask = (method: string, pathname: string, extra: Partial<AccessRequest> = {}): AccessRequest => ({ method, pathname, sessionCookie: null, authorization: null, ...extra })

describe('access control', () => {
  it('reads the settings: a blank token is no token, ARCHDECK_PRIVATE takes 1, true or yes', () => {
    expect(open).toEqual({ token: null, isPrivate: false })
    expect(readAccessSettings({ ARCHDECK_ACCESS_TOKEN: '  ' })).toEqual({ token: null, isPrivate: false })
    expect(writesNeedToken).toEqual({ token: TOKEN, isPrivate: false })
    expect(readAccessSettings({ ARCHDECK_PRIVATE: 'TRUE' }).isPrivate).toBe(true)
    expect(readAccessSettings({ ARCHDECK_PRIVATE: '0' }).isPrivate).toBe(false)
  })

  it('lets everything through when no token is set', async () => {
    for (const [method, path] of [['GET', '/'], ['POST', '/api/workspaces'], ['PATCH', '/api/workspaces/ws_x']]) expect(await decideAccess(ask(method!, path!), open)).toBe('allow')
  })

  it('with a token, refuses every API write without it, and lets reads through', async () => {
    for (const [method, path] of [['POST', '/api/workspaces'], ['PATCH', '/api/workspaces/ws_x'], ['POST', '/api/share'], ['DELETE', '/api/x'], ['OPTIONS', '/api/share']])
      expect(await decideAccess(ask(method!, path!), writesNeedToken), `${method} ${path}`).toBe('refuse-api')
    for (const [method, path] of [['GET', '/'], ['GET', '/api/workspaces/ws_x'], ['HEAD', '/api/presets'], ['GET', '/workspaces']])
      expect(await decideAccess(ask(method!, path!), writesNeedToken), `${method} ${path}`).toBe('allow')
    expect(await decideAccess(ask('POST', '/api/session'), writesNeedToken)).toBe('allow')
  })

  it('accepts the cookie /sign-in sets or a bearer token, and nothing else', async () => {
    const cookie = await sessionValueFor(TOKEN)
    expect(await decideAccess(ask('POST', '/api/workspaces', { sessionCookie: cookie }), writesNeedToken)).toBe('allow')
    expect(await decideAccess(ask('POST', '/api/workspaces', { authorization: `Bearer ${TOKEN}` }), writesNeedToken)).toBe('allow')
    expect(await decideAccess(ask('POST', '/api/workspaces', { sessionCookie: TOKEN }), writesNeedToken)).toBe('refuse-api')
    expect(await decideAccess(ask('POST', '/api/workspaces', { authorization: 'Bearer wrong' }), writesNeedToken)).toBe('refuse-api')
    expect(await decideAccess(ask('POST', '/api/workspaces', { sessionCookie: await sessionValueFor('old token') }), writesNeedToken)).toBe('refuse-api')
  })

  it('on a private server, sends pages to sign in and refuses API reads, but opens share links', async () => {
    expect(await decideAccess(ask('GET', '/'), privateServer)).toBe('sign-in')
    expect(await decideAccess(ask('GET', '/workspaces'), privateServer)).toBe('sign-in')
    expect(await decideAccess(ask('GET', '/api/workspaces/ws_x'), privateServer)).toBe('refuse-api')
    expect(await decideAccess(ask('GET', '/api/presets'), privateServer)).toBe('refuse-api')
    for (const path of ['/s/AAAAAAAAAAAAAAAAAAAAAA', '/sign-in', '/icon.svg', '/_next/static/chunks/x.js']) expect(await decideAccess(ask('GET', path), privateServer), path).toBe('allow')
    expect(await decideAccess(ask('GET', '/s/AAAA/extra'), privateServer)).toBe('sign-in')
    expect(await decideAccess(ask('GET', '/', { sessionCookie: await sessionValueFor(TOKEN) }), privateServer)).toBe('allow')
    // Private without a token: nothing but share links opens (closed rather than open by mistake).
    expect(await decideAccess(ask('GET', '/'), readAccessSettings({ ARCHDECK_PRIVATE: '1' }))).toBe('sign-in')
  })

  it('sends a sign-in back only to a path on this server', () => {
    expect(safeNextPath('/workspaces?x=1#y')).toBe('/workspaces?x=1#y')
    expect(safeNextPath('/')).toBe('/')
    for (const next of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', 'evil', '/\t/evil.example', '/sign-in', '', null, undefined, `/${'x'.repeat(3000)}`])
      expect(safeNextPath(next), String(next)).toBe('/')
  })

  it('builds the sign-in address with the page to return to, without Next.js’s _rsc parameter', () => {
    expect(signInLocation('/workspaces', '?a=1&_rsc=xyz')).toBe('/sign-in?next=%2Fworkspaces%3Fa%3D1')
    expect(signInLocation('/', '')).toBe('/sign-in?next=%2F')
  })
})
