import { describe, expect, it } from 'vitest'
import { findPathProblem, pathOfTarget } from './request-target'

describe('the raw request target', () => {
  it('refuses dot segments, plain or percent-encoded, and encoded slashes', () => {
    for (const path of ['/api/workspaces/%2e%2e', '/api/workspaces/%2e', '/api/workspaces/%2E%2e', '/api/workspaces/..', '/api/workspaces/.', '/api/workspaces/..%2f', '/api/workspaces/%2e%2e%2fx', '/s/%2e%2e', '/api/%2e%2e/workspaces', '/a/..%5cb', '/a\\b', '/a/%zz'])
      expect(findPathProblem(path), path).not.toBeNull()
    expect(findPathProblem('/api/workspaces/%2e%2e')).toBe('a "." or ".." segment')
  })

  it('lets ordinary addresses through', () => {
    for (const path of ['/', '/api/workspaces', '/api/workspaces/ws_AbC-_12/scenarios', '/s/AAAAAAAAAAAAAAAAAAAAAA', '/_next/static/chunks/a.b.js', '/icon.svg', '/a/...', '/a/.well-known', '*'])
      expect(findPathProblem(path), path).toBeNull()
  })

  it('takes the path out of origin and absolute forms', () => {
    expect(pathOfTarget('/a/b?x=../..')).toBe('/a/b')
    expect(pathOfTarget('http://127.0.0.1:3000/api/x?y')).toBe('/api/x')
    expect(pathOfTarget('http://127.0.0.1:3000')).toBe('/')
    expect(pathOfTarget('*')).toBe('*')
  })
})
