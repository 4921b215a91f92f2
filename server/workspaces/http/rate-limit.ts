/**
 * A token bucket per client: `capacity` writes at once, refilled at `capacity` per `windowSeconds`.
 * Pure apart from the Map it keeps; the caller passes the clock, so tests need no timers.
 *
 * Example with 60 per 60 s: 60 writes in one second pass, the 61st waits 1 s (Retry-After: 1);
 * a client that pauses 30 s has 30 writes back.
 */

export type RateLimit = { capacity: number; windowSeconds: number }
export type Bucket = { tokens: number; updatedMs: number }
export type TakeResult = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number }

/** Refills `bucket` up to `nowMs` and takes one token if there is one; returns the new bucket. */
export function takeToken(bucket: Bucket | undefined, limit: RateLimit, nowMs: number): { bucket: Bucket; result: TakeResult } {
  const perMs = limit.capacity / (limit.windowSeconds * 1000)
  const elapsedMs = bucket ? Math.max(0, nowMs - bucket.updatedMs) : 0
  const tokens = bucket ? Math.min(limit.capacity, bucket.tokens + elapsedMs * perMs) : limit.capacity
  const updatedMs = bucket ? Math.max(bucket.updatedMs, nowMs) : nowMs
  // The epsilon absorbs float error, so waiting exactly Retry-After seconds always passes.
  if (tokens >= 1 - 1e-9) return { bucket: { tokens: Math.max(0, tokens - 1), updatedMs }, result: { allowed: true, remaining: Math.floor(Math.max(0, tokens - 1)) } }
  return { bucket: { tokens, updatedMs }, result: { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) } }
}

export type RateLimiter = { take(clientKey: string, nowMs: number): TakeResult; readonly size: number }

/**
 * Buckets by client key, at most `maxClients` of them: the least recently seen client is forgotten
 * first (it comes back with a full bucket), so a flood of fake addresses cannot exhaust memory.
 */
export function createRateLimiter(limit: RateLimit, maxClients = 10_000): RateLimiter {
  if (!(limit.capacity >= 1) || !(limit.windowSeconds > 0)) throw new Error('A rate limit needs a capacity ≥ 1 and a window > 0 s.')
  const buckets = new Map<string, Bucket>()
  return {
    take(clientKey, nowMs) {
      const { bucket, result } = takeToken(buckets.get(clientKey), limit, nowMs)
      buckets.delete(clientKey) // re-inserting keeps the Map in least-recently-seen order
      buckets.set(clientKey, bucket)
      while (buckets.size > maxClients) buckets.delete(buckets.keys().next().value as string)
      return result
    },
    get size() {
      return buckets.size
    },
  }
}

/**
 * `ARCHDECK_WRITE_LIMIT_PER_MINUTE` (default 60): generous for a person clicking Save, tight for a
 * script. 0 or "off" turns the limit off (for load tests only).
 */
export function readWriteLimit(value: string | undefined): RateLimit | null {
  const text = (value ?? '').trim().toLowerCase()
  if (text === '') return { capacity: 60, windowSeconds: 60 }
  if (text === '0' || text === 'off') return null
  const perMinute = Number(text)
  if (!Number.isSafeInteger(perMinute) || perMinute < 1) return { capacity: 60, windowSeconds: 60 }
  return { capacity: perMinute, windowSeconds: 60 }
}

/**
 * The client a write is counted against: the last address in X-Forwarded-For, which is the one the
 * nearest proxy saw (`next start` fills it from the socket when no proxy set it). A client talking
 * to `next start` directly can choose it; see docs/decisions/006-web-security.md.
 */
export function clientKeyOf(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).at(-1)
  const address = last ?? headers.get('x-real-ip')?.trim()
  return address ? address.slice(0, 64) : 'unknown'
}
