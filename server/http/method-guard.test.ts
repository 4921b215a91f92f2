import { describe, expect, it } from 'vitest'
import { checkMethod } from './method-guard'

describe('the method guard', () => {
  it('refuses GET /api/workspaces with 405 and says what the address answers', () => {
    expect(checkMethod('GET', '/api/workspaces')).toEqual({ status: 405, allow: 'OPTIONS, POST', message: 'This address does not answer GET; it answers OPTIONS, POST.' })
  })

  it('refuses TRACE, PROPFIND and other unknown methods everywhere, and writes to pages', () => {
    for (const method of ['TRACE', 'TRACK', 'CONNECT', 'PROPFIND', 'MKCOL', 'SEARCH', 'trace']) {
      expect(checkMethod(method, '/')?.allow, method).toBe('GET, HEAD, OPTIONS')
      expect(checkMethod(method, '/api/presets')?.allow, method).toBe('GET, HEAD, OPTIONS')
    }
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) expect(checkMethod(method, '/workspaces')?.status, method).toBe(405)
  })

  it('lets through what a route implements, and unknown API addresses (they are 404s, not 405s)', () => {
    expect(checkMethod('POST', '/api/workspaces')).toBeNull()
    expect(checkMethod('HEAD', '/api/presets')).toBeNull()
    expect(checkMethod('OPTIONS', '/api/share')).toBeNull()
    expect(checkMethod('GET', '/s/abc')).toBeNull()
    expect(checkMethod('DELETE', '/api/nothing')).toBeNull()
  })

  it('does not repeat a strange method name back', () => {
    expect(checkMethod('X<script>', '/')?.message).toBe('This address does not answer this method; it answers GET, HEAD, OPTIONS.')
  })
})
