import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clientKeyOf, createRateLimiter, readWriteLimit, takeToken, type Bucket } from './rate-limit'

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
    expect(readWriteLimit('lots')).toEqual({ capacity: 60, windowSeconds: 60 })
    expect(readWriteLimit('0')).toBeNull()
    expect(readWriteLimit('off')).toBeNull()
  })
})

describe('client key', () => {
  it('takes the last X-Forwarded-For address, the one the nearest proxy saw', () => {
    expect(clientKeyOf(new Headers({ 'x-forwarded-for': '10.0.0.1, 203.0.113.7' }))).toBe('203.0.113.7')
    expect(clientKeyOf(new Headers({ 'x-forwarded-for': '::1' }))).toBe('::1')
    expect(clientKeyOf(new Headers({ 'x-real-ip': '198.51.100.4' }))).toBe('198.51.100.4')
    expect(clientKeyOf(new Headers())).toBe('unknown')
  })
})
