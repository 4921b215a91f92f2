import { describe, expect, it } from 'vitest'
import { bearerTokenOf, clearedSessionCookieHeader, constantTimeEqual, isAccessToken, isSessionValue, sessionCookieHeader, sessionValueFor } from './session-token'

const TOKEN = 'correct horse battery staple'

describe('the sign-in cookie', () => {
  it('holds an HMAC of the token, never the token, and changes with it', async () => {
    const value = await sessionValueFor(TOKEN)
    expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(value).not.toContain('horse')
    expect(await sessionValueFor(TOKEN)).toBe(value)
    expect(await sessionValueFor(`${TOKEN}!`)).not.toBe(value)
    expect(await isSessionValue(value, TOKEN)).toBe(true)
    expect(await isSessionValue(value, 'another token')).toBe(false)
    expect(await isSessionValue(TOKEN, TOKEN)).toBe(false)
    expect(await isSessionValue(undefined, TOKEN)).toBe(false)
  })

  it('accepts the token itself only, of any length', async () => {
    expect(await isAccessToken(TOKEN, TOKEN)).toBe(true)
    for (const guess of ['', 'c', TOKEN.slice(0, -1), `${TOKEN} `, TOKEN.toUpperCase(), 'x'.repeat(5000), null, undefined]) expect(await isAccessToken(guess, TOKEN), String(guess).slice(0, 20)).toBe(false)
  })

  it('compares every character whatever the first difference', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true)
    expect(constantTimeEqual('abc', 'abd')).toBe(false)
    expect(constantTimeEqual('abc', 'ab')).toBe(false)
    expect(constantTimeEqual('', '')).toBe(true)
  })

  it('is HttpOnly, SameSite=Strict, Path=/ and Secure only over https', () => {
    expect(sessionCookieHeader('v', { secure: false })).toBe('archdeck-session=v; Path=/; HttpOnly; SameSite=Strict; Max-Age=2592000')
    expect(sessionCookieHeader('v', { secure: true })).toBe('archdeck-session=v; Path=/; HttpOnly; SameSite=Strict; Max-Age=2592000; Secure')
    expect(clearedSessionCookieHeader({ secure: false })).toBe('archdeck-session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0')
  })

  it('reads a bearer token from the Authorization header', () => {
    expect(bearerTokenOf('Bearer abc.def')).toBe('abc.def')
    expect(bearerTokenOf('bearer   abc ')).toBe('abc')
    expect(bearerTokenOf('Basic abc')).toBeNull()
    expect(bearerTokenOf('Bearer a b')).toBeNull()
    expect(bearerTokenOf(null)).toBeNull()
  })
})
