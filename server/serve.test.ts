import { describe, expect, it } from 'vitest'
import { readServeOptions, setPeerHeader } from './serve'
import { PEER_HEADER } from './workspaces/http/rate-limit'

describe('readServeOptions', () => {
  it('listens on 3000 on every interface by default, like next start', () => {
    expect(readServeOptions([], {})).toEqual({ port: 3000, hostname: undefined, build: false })
  })

  it('takes PORT and HOSTNAME from the environment and -p/-H over them', () => {
    expect(readServeOptions([], { PORT: '4000', HOSTNAME: '127.0.0.1' })).toEqual({ port: 4000, hostname: '127.0.0.1', build: false })
    expect(readServeOptions(['-p', '3100', '-H', '::1'], { PORT: '4000' })).toEqual({ port: 3100, hostname: '::1', build: false })
    expect(readServeOptions(['--port=3200', '--hostname', 'localhost'], {})).toEqual({ port: 3200, hostname: 'localhost', build: false })
  })

  it('builds first with --build (npm start), so the build happens under the data folder\'s lock', () => {
    expect(readServeOptions(['--build', '-p', '3000'], {})).toEqual({ port: 3000, hostname: undefined, build: true })
  })

  it('refuses a port that is not a number and an unknown option with one line', () => {
    expect(readServeOptions(['-p', 'eighty'], {})).toEqual({ error: 'the port must be a number from 0 to 65535 (got "eighty")' })
    expect(readServeOptions(['--turbo'], {})).toEqual({ error: 'unknown option "--turbo" (expected -p PORT, -H HOST or --build)' })
    expect(readServeOptions(['-p'], {})).toEqual({ error: '-p needs a value' })
  })
})

describe('setPeerHeader', () => {
  it('replaces a client-sent x-archdeck-peer with the socket address', () => {
    const req = {
      headers: { host: 'localhost', [PEER_HEADER]: '10.0.0.1' } as Record<string, string | string[] | undefined>,
      rawHeaders: ['Host', 'localhost', 'X-ArchDeck-Peer', '10.0.0.1', 'x-archdeck-peer', '10.0.0.2'],
      socket: { remoteAddress: '127.0.0.1' },
    }
    setPeerHeader(req as never)
    expect(req.headers[PEER_HEADER]).toBe('127.0.0.1')
    expect(req.rawHeaders).toEqual(['Host', 'localhost', PEER_HEADER, '127.0.0.1'])
  })

  it('sets it when the client sent none', () => {
    const req = { headers: {} as Record<string, string>, rawHeaders: [] as string[], socket: { remoteAddress: '::1' } }
    setPeerHeader(req as never)
    expect(req.headers[PEER_HEADER]).toBe('::1')
  })
})
