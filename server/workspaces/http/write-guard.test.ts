import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { handleRoute, json } from './handle-route'
import { PEER_HEADER, setPeerHeaderTrusted } from './rate-limit'
import { readWriteGuardSettings } from './write-guard'

/** A route like any other (guardWrite runs in handleRoute before it), minus the storage. */
const route = handleRoute(async () => json({ saved: true }, 201))
const write = (headers: Record<string, string>, method = 'POST') => route(new Request('http://localhost/api/workspaces', { method, headers }))

const ENV_KEYS = ['ARCHDECK_WRITE_LIMIT_PER_MINUTE', 'ARCHDECK_TRUST_PROXY', 'DATABASE_URL'] as const
const savedEnv = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]))

/** A fresh limiter per test: the guard rebuilds it whenever these settings change. */
function setEnv(settings: Partial<Record<(typeof ENV_KEYS)[number], string>>, round: number) {
  for (const key of ENV_KEYS) delete process.env[key]
  // The trailing spaces differ per test, so each test starts with full buckets.
  Object.assign(process.env, { ARCHDECK_WRITE_LIMIT_PER_MINUTE: `3${' '.repeat(round)}`, ...settings })
}

let round = 0
const nextRound = () => ++round

beforeAll(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  // As under server/serve.ts, the one server that sets PEER_HEADER from the socket.
  setPeerHeaderTrusted(true)
})
afterEach(() => vi.mocked(console.error).mockClear())
afterAll(() => {
  vi.mocked(console.error).mockRestore()
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key]
    else process.env[key] = savedEnv[key]
  }
})

async function statuses(requests: Record<string, string>[]): Promise<number[]> {
  const answers: number[] = []
  for (const headers of requests) answers.push((await write(headers)).status)
  return answers
}

describe('write limit at the HTTP border', () => {
  it('does not let a client dodge the limit by rotating X-Forwarded-For', async () => {
    setEnv({}, nextRound())
    const rotating = Array.from({ length: 6 }, (_, i) => ({ [PEER_HEADER]: '127.0.0.1', 'x-forwarded-for': `203.0.113.${i + 1}` }))
    expect(await statuses(rotating)).toEqual([201, 201, 201, 429, 429, 429])
  })

  it('answers 429 with Retry-After and a sentence', async () => {
    setEnv({}, nextRound())
    await statuses([{}, {}, {}])
    const refused = await write({ 'x-real-ip': '198.51.100.4' })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('20')
    expect(await refused.json()).toEqual({
      error: 'Too many changes from this address in a short time. Wait 20 s and try again; nothing was changed by this request.',
      reason: { code: 'server.rate-limited', params: { seconds: 20 } },
    })
  })

  it('counts each socket address apart, and every client together when none is known (next dev)', async () => {
    setEnv({}, nextRound())
    expect(await statuses([{ [PEER_HEADER]: '10.0.0.1' }, { [PEER_HEADER]: '10.0.0.1' }, { [PEER_HEADER]: '10.0.0.1' }, { [PEER_HEADER]: '10.0.0.1' }, { [PEER_HEADER]: '10.0.0.2' }])).toEqual([201, 201, 201, 429, 201])
    expect(await statuses([{ 'x-forwarded-for': '1.1.1.1' }, { 'x-forwarded-for': '2.2.2.2' }, {}, { 'x-forwarded-for': '3.3.3.3' }])).toEqual([201, 201, 201, 429])
  })

  it('behind ARCHDECK_TRUST_PROXY=1 counts the address the proxy appended, not the ones the client wrote before it', async () => {
    setEnv({ ARCHDECK_TRUST_PROXY: '1' }, nextRound())
    const viaProxy = (forged: string, client: string) => ({ [PEER_HEADER]: '10.0.0.9', 'x-forwarded-for': `${forged}, ${client}` })
    expect(await statuses([viaProxy('1.1.1.1', '203.0.113.7'), viaProxy('2.2.2.2', '203.0.113.7'), viaProxy('3.3.3.3', '203.0.113.7'), viaProxy('4.4.4.4', '203.0.113.7')])).toEqual([201, 201, 201, 429])
    expect(await statuses([viaProxy('5.5.5.5', '198.51.100.1')])).toEqual([201])
  })

  it('leaves reads alone, even over the limit', async () => {
    setEnv({}, nextRound())
    await statuses([{}, {}, {}, {}])
    expect((await route(new Request('http://localhost/api/workspaces'))).status).toBe(201)
  })
})

describe('write limit settings', () => {
  it('refuses writes with 503 while ARCHDECK_TRUST_PROXY is unreadable, says why once in the log, and still serves reads', async () => {
    setEnv({ ARCHDECK_TRUST_PROXY: 'true' }, nextRound())
    const first = await write({})
    expect(first.status).toBe(503)
    expect((await first.json()).error).toMatch(/^This server’s write limit is set up wrongly, so no change is accepted until its operator fixes it/)
    expect((await write({})).status).toBe(503)
    expect(console.error).toHaveBeenCalledTimes(1)
    expect(String(vi.mocked(console.error).mock.calls[0]![0])).toMatch(/ARCHDECK_TRUST_PROXY="true" is not a hop count/)
    expect((await route(new Request('http://localhost/api/workspaces'))).status).toBe(201)
  })

  it('refuses an unreadable ARCHDECK_WRITE_LIMIT_PER_MINUTE the same way', async () => {
    setEnv({ ARCHDECK_WRITE_LIMIT_PER_MINUTE: 'lots' }, nextRound())
    expect((await write({})).status).toBe(503)
    expect(String(vi.mocked(console.error).mock.calls[0]![0])).toMatch(/ARCHDECK_WRITE_LIMIT_PER_MINUTE="lots"/)
  })

  const env = (values: Record<string, string>) => values as unknown as NodeJS.ProcessEnv

  it('reads the settings for a start-up check: PostgreSQL shares the buckets, PGlite keeps them in the process', () => {
    expect(readWriteGuardSettings(env({ ARCHDECK_TRUST_PROXY: '2' }))).toEqual({ trustProxyHops: 2, limit: { capacity: 60, windowSeconds: 60 }, shared: false })
    expect(readWriteGuardSettings(env({ DATABASE_URL: 'postgres://x@127.0.0.1/x', ARCHDECK_WRITE_LIMIT_PER_MINUTE: 'off' }))).toEqual({ trustProxyHops: null, limit: null, shared: true })
    expect(() => readWriteGuardSettings(env({ ARCHDECK_TRUST_PROXY: 'yes' }))).toThrow(/not a hop count/)
  })
})
