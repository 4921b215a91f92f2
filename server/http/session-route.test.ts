import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as sessionRoute from '@/app/api/session/route'
import { sessionValueFor } from './session-token'

/** POST /api/session and DELETE, called as Next.js calls them. */

const TOKEN = 'a-long-random-token-for-the-test'
const saved = { token: process.env.ARCHDECK_ACCESS_TOKEN, limit: process.env.ARCHDECK_WRITE_LIMIT_PER_MINUTE }

beforeEach(() => {
  process.env.ARCHDECK_ACCESS_TOKEN = TOKEN
  process.env.ARCHDECK_WRITE_LIMIT_PER_MINUTE = 'off'
})

afterEach(() => {
  for (const [key, value] of [['ARCHDECK_ACCESS_TOKEN', saved.token], ['ARCHDECK_WRITE_LIMIT_PER_MINUTE', saved.limit]] as const) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

const form = (fields: Record<string, string>, url = 'http://localhost/api/session') =>
  new Request(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' }, body: new URLSearchParams(fields).toString() })
const jsonPost = (body: unknown) => new Request('http://localhost/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Strict cookie holding an HMAC of the token, and goes on to `next`', async () => {
    const response = await sessionRoute.POST(form({ token: TOKEN, next: '/workspaces' }))
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/workspaces')
    const cookie = response.headers.get('set-cookie')!
    expect(cookie).toBe(`archdeck-session=${await sessionValueFor(TOKEN)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=2592000`)
    expect(cookie).not.toContain(TOKEN)
  })

  it('marks the cookie Secure when the browser came over https', async () => {
    expect((await sessionRoute.POST(form({ token: TOKEN }, 'https://archdeck.example/api/session'))).headers.get('set-cookie')).toMatch(/; Secure$/)
  })

  it('sends a wrong token back to the form with an error, and never to another site', async () => {
    const wrong = await sessionRoute.POST(form({ token: 'guess', next: '/workspaces' }))
    expect(wrong.status).toBe(303)
    expect(wrong.headers.get('location')).toBe('/sign-in?error=wrong-token&next=%2Fworkspaces')
    expect(wrong.headers.get('set-cookie')).toBeNull()
    expect((await sessionRoute.POST(form({ token: TOKEN, next: '//evil.example/x' }))).headers.get('location')).toBe('/')
    expect((await sessionRoute.POST(form({ token: TOKEN, next: 'https://evil.example' }))).headers.get('location')).toBe('/')
  })

  it('answers tools in JSON: 200 with the cookie, 401 with a sentence', async () => {
    const ok = await sessionRoute.POST(jsonPost({ token: TOKEN }))
    expect(ok.status).toBe(200)
    expect(await ok.json()).toEqual({ signedIn: true })
    const refused = await sessionRoute.POST(jsonPost({ token: 'nope' }))
    expect(refused.status).toBe(401)
    expect(await refused.json()).toEqual({ error: 'That is not this ArchDeck’s access token; nothing was changed.' })
    expect((await sessionRoute.POST(new Request('http://localhost/api/session', { method: 'POST', body: 'token=x' }))).status).toBe(415)
  })

  it('refuses a sign-in form another site posts (login CSRF)', async () => {
    const forged = new Request('http://localhost/api/session', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' }, body: `token=${TOKEN}` })
    expect((await sessionRoute.POST(forged)).status).toBe(403)
  })

  it('signs out with DELETE or the form, clearing the cookie', async () => {
    const deleted = await sessionRoute.DELETE(new Request('http://localhost/api/session', { method: 'DELETE' }))
    expect(deleted.headers.get('set-cookie')).toBe('archdeck-session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0')
    const viaForm = await sessionRoute.POST(form({ intent: 'sign-out' }))
    expect(viaForm.headers.get('location')).toBe('/sign-in?signed-out=1')
    expect(viaForm.headers.get('set-cookie')).toMatch(/Max-Age=0/)
  })

  it('says there is nothing to sign in to when no token is set', async () => {
    delete process.env.ARCHDECK_ACCESS_TOKEN
    const refused = await sessionRoute.POST(jsonPost({ token: 'x' }))
    expect(refused.status).toBe(404)
    expect((await refused.json()).error).toMatch(/^This ArchDeck has no access token set/)
  })
})
