import { describe, expect, it } from 'vitest'
import { API_POLICY, buildPagePolicy, parsePolicy, serialisePolicy } from './content-security-policy'

const NONCE = 'q2F0c2hhbGxub3RwYXNzMTIz'
const HASH = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='

describe('page Content-Security-Policy', () => {
  const production = parsePolicy(buildPagePolicy({ nonce: NONCE, isDevelopment: false, inlineStyleHashes: [HASH] }))
  const development = parsePolicy(buildPagePolicy({ nonce: NONCE, isDevelopment: true }))

  it('runs only scripts that carry the nonce, and never eval in production', () => {
    expect(production.get('script-src')).toEqual(["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'"])
    expect(production.get('script-src-attr')).toEqual(["'none'"])
    for (const sources of production.values()) expect(sources).not.toContain("'unsafe-eval'")
    expect(production.get('script-src')).not.toContain("'unsafe-inline'")
  })

  it('adds unsafe-eval only for next dev, where React rebuilds server stacks with it', () => {
    expect(development.get('script-src')).toContain("'unsafe-eval'")
  })

  it('needs a nonce or a hash for <style> elements in production, but lets style attributes through', () => {
    expect(production.get('style-src-elem')).toEqual(["'self'", `'nonce-${NONCE}'`, `'${HASH}'`])
    expect(production.get('style-src-attr')).toEqual(["'unsafe-inline'"])
  })

  it('forbids plugins, framing, base rewrites and foreign form targets; images may be data: and blob:', () => {
    expect(production.get('object-src')).toEqual(["'none'"])
    expect(production.get('frame-ancestors')).toEqual(["'none'"])
    expect(production.get('base-uri')).toEqual(["'none'"])
    expect(production.get('form-action')).toEqual(["'self'"])
    expect(production.get('img-src')).toEqual(["'self'", 'data:', 'blob:'])
    expect(production.get('connect-src')).toEqual(["'self'"])
    expect(production.get('default-src')).toEqual(["'self'"])
  })

  it('refuses a short nonce or a malformed hash rather than serve a weak policy', () => {
    expect(() => buildPagePolicy({ nonce: 'abc', isDevelopment: false })).toThrow(/128 random bits/)
    expect(() => buildPagePolicy({ nonce: `${NONCE}' 'unsafe-inline`, isDevelopment: false })).toThrow()
    expect(() => buildPagePolicy({ nonce: NONCE, isDevelopment: false, inlineStyleHashes: ["sha256-x' 'unsafe-inline"] })).toThrow(/hash source/)
  })
})

describe('API Content-Security-Policy', () => {
  it('allows nothing at all', () => {
    expect(API_POLICY).toBe("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
  })
})

describe('policy text', () => {
  it('round-trips through serialise and parse', () => {
    const text = serialisePolicy([
      ['default-src', ["'self'"]],
      ['upgrade-insecure-requests', []],
    ])
    expect(text).toBe("default-src 'self'; upgrade-insecure-requests")
    expect([...parsePolicy(text)]).toEqual([
      ['default-src', ["'self'"]],
      ['upgrade-insecure-requests', []],
    ])
  })
})
