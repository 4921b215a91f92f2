import { describe, expect, it } from 'vitest'
import { formatRawResponse, refuseRawRequest } from './raw-request-guard'

describe('refusals the server answers before Next.js', () => {
  it('answers TRACE with 405, an Allow header and the security headers, never a 500', () => {
    const page = refuseRawRequest('TRACE', '/')!
    expect(page.status).toBe(405)
    expect(page.headers.allow).toBe('GET, HEAD, OPTIONS')
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect(page.headers['x-frame-options']).toBe('DENY')
    expect(page.headers['content-security-policy']).toContain("default-src 'none'")
    expect(page.body).toBe('This address does not answer TRACE; it answers GET, HEAD, OPTIONS.\n')
    const api = refuseRawRequest('TRACE', '/api/workspaces')!
    expect(api.headers.allow).toBe('OPTIONS, POST')
    expect(JSON.parse(api.body)).toEqual({ error: 'This address does not answer TRACE; it answers OPTIONS, POST.' })
    expect(refuseRawRequest('TRACK', '/api/nothing')?.status).toBe(405)
    expect(refuseRawRequest('CONNECT', 'example.com:443')?.status).toBe(405)
  })

  it('answers /api/workspaces/%2e%2e with 400, not a redirect', () => {
    const refused = refuseRawRequest('GET', '/api/workspaces/%2e%2e')!
    expect(refused.status).toBe(400)
    expect(JSON.parse(refused.body)).toEqual({ error: 'This address has a "." or ".." segment, so it names nothing here.' })
    expect(refused.headers.location).toBeUndefined()
    expect(refuseRawRequest('GET', '/api/workspaces/..%2f')?.status).toBe(400)
    expect(refuseRawRequest('GET', '/api/workspaces/%2e')?.status).toBe(400)
  })

  it('lets ordinary requests and the methods the proxy handles through', () => {
    expect(refuseRawRequest('GET', '/')).toBeNull()
    expect(refuseRawRequest('POST', '/api/workspaces')).toBeNull()
    expect(refuseRawRequest('PROPFIND', '/')).toBeNull()
    expect(refuseRawRequest('GET', '/?s=../..')).toBeNull()
  })

  it('writes a CONNECT refusal as raw HTTP with its length', () => {
    const text = formatRawResponse(refuseRawRequest('CONNECT', 'example.com:443')!)
    expect(text).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n/)
    expect(text).toContain('\r\nallow: GET, HEAD, OPTIONS\r\n')
    expect(text).toContain('\r\ncontent-length: 69\r\n')
    expect(text.endsWith('\r\n\r\nThis address does not answer CONNECT; it answers GET, HEAD, OPTIONS.\n')).toBe(true)
  })
})
