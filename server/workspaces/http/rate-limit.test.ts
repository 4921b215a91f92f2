import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { clientKeyOf, createRateLimiter, normaliseAddress, PEER_HEADER, readTrustProxy, setPeerHeaderTrusted, readWriteLimit, SHARED_CLIENT_KEY, takeToken, type Bucket } from './rate-limit'

const PER_MINUTE_60 = { capacity: 60, windowSeconds: 60 }

describe('token bucket', () => {
  it('lets 60 writes through at once, then asks the 61st to wait one second', () => {
    const limiter = createRateLimiter(PER_MINUTE_60)
    for (let i = 0; i < 60; i++) expect(limiter.take('a', 1_000).allowed).toBe(true)
    expect(limiter.take('a', 1_000)).toEqual({ allowed: false, retryAfterSeconds: 1 })
    expect(limiter.take('a', 2_000).allowed).toBe(true)
  })

  it('gives back one write per second of pause, up to the capacity', () => {
    const limiter = createRateLimiter(PER_MINUTE_60)
    for (let i = 0; i < 60; i++) limiter.take('a', 0)
    const after30s = Array.from({ length: 31 }, () => limiter.take('a', 30_000).allowed)
    expect(after30s.filter(Boolean)).toHaveLength(30)
    const afterAnHour = Array.from({ length: 61 }, () => limiter.take('a', 3_630_000).allowed)
    expect(afterAnHour.filter(Boolean)).toHaveLength(60)
  })

  it('counts each client apart', () => {
    const limiter = createRateLimiter({ capacity: 1, windowSeconds: 60 })
    expect(limiter.take('a', 0).allowed).toBe(true)
    expect(limiter.take('a', 0).allowed).toBe(false)
    expect(limiter.take('b', 0).allowed).toBe(true)
  })

  it('forgets the least recently seen client first when it holds too many', () => {
    const limiter = createRateLimiter({ capacity: 1, windowSeconds: 60 }, 2)
    limiter.take('a', 0)
    limiter.take('b', 0)
    limiter.take('a', 0) // a is now the most recent
    limiter.take('c', 0) // b is forgotten
    expect(limiter.size).toBe(2)
    expect(limiter.take('a', 0).allowed).toBe(false)
    expect(limiter.take('b', 0).allowed).toBe(true)
  })

  it('never allows more than capacity + rate × elapsed writes, whatever the timing (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 600 }),
        fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 1, maxLength: 300 }),
        (capacity, windowSeconds, gapsMs) => {
          const limit = { capacity, windowSeconds }
          let bucket: Bucket | undefined
          let now = 0
          let allowed = 0
          for (const gap of gapsMs) {
            now += gap
            const step = takeToken(bucket, limit, now)
            bucket = step.bucket
            if (step.result.allowed) allowed++
            else expect(step.result.retryAfterSeconds).toBeGreaterThanOrEqual(1)
            expect(bucket.tokens).toBeGreaterThanOrEqual(0)
            expect(bucket.tokens).toBeLessThanOrEqual(capacity)
          }
          expect(allowed).toBeLessThanOrEqual(capacity + (now * capacity) / (windowSeconds * 1000) + 1e-6)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('a refused client that waits Retry-After seconds is let through (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 600 }), fc.integer({ min: 0, max: 10_000 }), (capacity, windowSeconds, start) => {
        const limiter = createRateLimiter({ capacity, windowSeconds })
        let result = limiter.take('a', start)
        while (result.allowed) result = limiter.take('a', start)
        expect(limiter.take('a', start + result.retryAfterSeconds * 1000).allowed).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})

describe('write limit setting', () => {
  it('defaults to 60 a minute, takes a positive integer, and turns off with 0 or off', () => {
    expect(readWriteLimit(undefined)).toEqual({ capacity: 60, windowSeconds: 60 })
    expect(readWriteLimit('120')).toEqual({ capacity: 120, windowSeconds: 60 })
    expect(readWriteLimit('0')).toBeNull()
    expect(readWriteLimit('off')).toBeNull()
  })

  it('refuses a setting it cannot read instead of quietly using 60', () => {
    for (const value of ['lots', '1.5', '-3', '1e3', '60/min']) expect(() => readWriteLimit(value), value).toThrow(/ARCHDECK_WRITE_LIMIT_PER_MINUTE=".*" is not a number of writes a minute/)
  })
})

describe('trusted proxy setting', () => {
  it('trusts no proxy when unset or 0, and takes a hop count from 1 to 10', () => {
    expect(readTrustProxy(undefined)).toBeNull()
    expect(readTrustProxy(' ')).toBeNull()
    expect(readTrustProxy('0')).toBeNull()
    expect(readTrustProxy('1')).toBe(1)
    expect(readTrustProxy(' 2 ')).toBe(2)
    expect(readTrustProxy('10')).toBe(10)
  })

  it('refuses anything that is not a hop count, with a sentence saying what to set', () => {
    for (const value of ['true', 'yes', '-1', '1.5', '11', '3000', 'loopback']) {
      expect(() => readTrustProxy(value), value).toThrow(/^ARCHDECK_TRUST_PROXY=".*" is not a hop count: set it to the number of proxies in front of ArchDeck/)
    }
  })
})

describe('client key', () => {
  const headers = (entries: Record<string, string>) => new Headers(entries)
  // As in a process started by server/serve.ts, which overwrites PEER_HEADER on every request.
  beforeEach(() => setPeerHeaderTrusted(true))
  afterEach(() => setPeerHeaderTrusted(false))

  it('ignores a client-sent x-archdeck-peer in a process that serve.ts did not start (next dev, next start)', () => {
    setPeerHeaderTrusted(false)
    expect(clientKeyOf(headers({ [PEER_HEADER]: '198.51.100.1' }))).toBe(SHARED_CLIENT_KEY)
    expect(clientKeyOf(headers({ [PEER_HEADER]: '198.51.100.1' }))).toBe(clientKeyOf(headers({ [PEER_HEADER]: '198.51.100.2' })))
  })

  it('ignores X-Forwarded-For and X-Real-IP without trusted proxies: the socket address counts', () => {
    expect(clientKeyOf(headers({ [PEER_HEADER]: '127.0.0.1', 'x-forwarded-for': '10.0.0.1, 203.0.113.7' }))).toBe('127.0.0.1')
    expect(clientKeyOf(headers({ [PEER_HEADER]: '127.0.0.1', 'x-forwarded-for': '198.51.100.1' }))).toBe(clientKeyOf(headers({ [PEER_HEADER]: '127.0.0.1', 'x-forwarded-for': '198.51.100.2' })))
    expect(clientKeyOf(headers({ [PEER_HEADER]: '127.0.0.1', 'x-real-ip': '198.51.100.4' }))).toBe('127.0.0.1')
  })

  it('puts every client in one bucket when no socket address is known (next dev), whatever headers they send', () => {
    expect(clientKeyOf(headers({}))).toBe(SHARED_CLIENT_KEY)
    expect(clientKeyOf(headers({ 'x-forwarded-for': '203.0.113.7' }))).toBe(SHARED_CLIENT_KEY)
  })

  it('behind N trusted proxies takes the address N entries from the right, the one the outermost proxy saw', () => {
    const chain = headers({ [PEER_HEADER]: '10.0.0.2', 'x-forwarded-for': 'forged, 198.51.100.9, 203.0.113.7' })
    expect(clientKeyOf(chain, 1)).toBe('203.0.113.7')
    expect(clientKeyOf(chain, 2)).toBe('198.51.100.9')
    expect(clientKeyOf(chain, 3)).toBe('forged')
    // The operator said a proxy appends to the header, so it counts even where no socket address is known.
    expect(clientKeyOf(headers({ 'x-forwarded-for': '203.0.113.7' }), 1)).toBe('203.0.113.7')
  })

  it('falls back to the socket address when X-Forwarded-For has fewer entries than trusted proxies', () => {
    expect(clientKeyOf(headers({ [PEER_HEADER]: '10.0.0.2', 'x-forwarded-for': '203.0.113.7' }), 2)).toBe('10.0.0.2')
    expect(clientKeyOf(headers({ [PEER_HEADER]: '10.0.0.2' }), 1)).toBe('10.0.0.2')
    expect(clientKeyOf(headers({ [PEER_HEADER]: '10.0.0.2', 'x-forwarded-for': ' , ,' }), 1)).toBe('10.0.0.2')
  })

  it('rotating X-Forwarded-For entries left of the trusted ones never changes the key (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.ipV4(), { maxLength: 5 }), fc.array(fc.ipV4(), { minLength: 1, maxLength: 3 }), (forged, trusted) => {
        const key = clientKeyOf(headers({ [PEER_HEADER]: '10.0.0.2', 'x-forwarded-for': [...forged, ...trusted].join(', ') }), trusted.length)
        expect(key).toBe(trusted[0])
      }),
    )
  })
})

describe('normaliseAddress', () => {
  it('reads an IPv4 address on a dual-stack socket as IPv4', () => {
    expect(normaliseAddress('::ffff:203.0.113.7')).toBe('203.0.113.7')
    expect(normaliseAddress('203.0.113.7')).toBe('203.0.113.7')
  })

  it('counts an IPv6 address as its /64 network, so a host cannot take a fresh bucket per address', () => {
    expect(normaliseAddress('2001:db8:0:1:abcd::7')).toBe('2001:db8:0:1::/64')
    expect(normaliseAddress('2001:DB8:0:1:ffff:ffff:ffff:ffff')).toBe('2001:db8:0:1::/64')
    expect(normaliseAddress('[2001:db8::1]')).toBe('2001:db8:0:0::/64')
    expect(normaliseAddress('::1')).toBe('0:0:0:0::/64')
    expect(normaliseAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
    expect(normaliseAddress('::ffff:1.2.3.4.5')).toBe('::ffff:1.2.3.4.5')
  })

  it('keeps any other text short', () => {
    expect(normaliseAddress('x'.repeat(500))).toHaveLength(64)
  })
})
