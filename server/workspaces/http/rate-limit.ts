import { isIPv6 } from 'node:net'

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

type RateLimiter = { take(clientKey: string, nowMs: number): TakeResult; readonly size: number }

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

/** A setting the operator must fix: said once at start or on the first write, never replaced by a guess. */
export class RateLimitSettingError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RateLimitSettingError'
  }
}

/**
 * `ARCHDECK_WRITE_LIMIT_PER_MINUTE` (default 60): generous for a person clicking Save, tight for a
 * script. 0 or "off" turns the limit off (for load tests only). Anything else ("lots", "1.5")
 * throws: a typo must not quietly leave the server with a limit the operator did not choose.
 */
export function readWriteLimit(value: string | undefined): RateLimit | null {
  const text = (value ?? '').trim().toLowerCase()
  if (text === '') return { capacity: 60, windowSeconds: 60 }
  if (text === '0' || text === 'off') return null
  const perMinute = Number(text)
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(perMinute) || perMinute < 1)
    throw new RateLimitSettingError(`ARCHDECK_WRITE_LIMIT_PER_MINUTE="${value}" is not a number of writes a minute: set a whole number such as 60, "off" to turn the limit off, or leave it unset for 60.`)
  return { capacity: perMinute, windowSeconds: 60 }
}

/** More proxies than any real chain; a bigger number is a typo (a port, a year), not a topology. */
const MAX_TRUSTED_PROXY_HOPS = 10

/**
 * `ARCHDECK_TRUST_PROXY`: how many proxies in front of ArchDeck append to X-Forwarded-For (1 behind
 * one nginx or load balancer). Unset or 0: no proxy is trusted and the socket address counts.
 * "true", "yes", "-1", "1.5" throw, since guessing would either trust a header any client can
 * write or ignore the proxy and put every user in one bucket.
 */
export function readTrustProxy(value: string | undefined): number | null {
  const text = (value ?? '').trim()
  if (text === '' || text === '0') return null
  const hops = Number(text)
  if (!/^\d+$/.test(text) || hops < 1 || hops > MAX_TRUSTED_PROXY_HOPS)
    throw new RateLimitSettingError(
      `ARCHDECK_TRUST_PROXY="${value}" is not a hop count: set it to the number of proxies in front of ArchDeck that append to X-Forwarded-For (1 to ${MAX_TRUSTED_PROXY_HOPS}, e.g. 1 behind one nginx), or leave it unset when clients connect to ArchDeck directly.`,
    )
  return hops
}

/**
 * Set by ArchDeck's own server (server/serve.ts) on every request to the socket's remote address,
 * after deleting whatever the client sent under that name: the one address a client cannot choose.
 */
export const PEER_HEADER = 'x-archdeck-peer'

// Only server/serve.ts overwrites PEER_HEADER on every request. Under `next dev` or a bare
// `next start` a client could send the header itself and pick a fresh bucket per write, so the
// header counts only in a process where serve.ts said so (same process, so globalThis is shared).
const PEER_HEADER_TRUSTED = Symbol.for('archdeck.peerHeaderTrusted')
type TrustSlot = { [PEER_HEADER_TRUSTED]?: boolean }

/** Called by the server that sets PEER_HEADER itself (server/serve.ts); tests switch it per case. */
export function setPeerHeaderTrusted(trusted: boolean): void {
  ;(globalThis as TrustSlot)[PEER_HEADER_TRUSTED] = trusted
}

function isPeerHeaderTrusted(): boolean {
  return (globalThis as TrustSlot)[PEER_HEADER_TRUSTED] === true
}

/**
 * The bucket every client shares when no peer address is known (`next dev`, or a server that is not
 * server/serve.ts): one bucket for all is stricter than needed, but the limit still holds, where a
 * per-header bucket would let a client pick a fresh one for every request.
 */
export const SHARED_CLIENT_KEY = 'all-clients'

/**
 * The client a write is counted against. Without trusted proxies (`trustProxyHops` null): the socket
 * address from PEER_HEADER (only where server/serve.ts set it; elsewhere every client shares SHARED_CLIENT_KEY); X-Forwarded-For and X-Real-IP are ignored, since any client can write
 * them. With N trusted proxies: the address N entries from the right of X-Forwarded-For, i.e. the
 * client as the outermost trusted proxy saw it (each proxy appends its own peer, so entries further
 * left are the client's own words). A list shorter than N did not pass through every proxy (a
 * request sent to the app directly, or a proxy that does not append): the socket address counts
 * then, so a short forged list cannot choose a bucket either.
 * Example, N = 1: "198.51.100.9, 203.0.113.7" → "203.0.113.7"; N = 2 → "198.51.100.9".
 */
export function clientKeyOf(headers: Headers, trustProxyHops: number | null = null, peerHeaderTrusted: boolean = isPeerHeaderTrusted()): string {
  const peer = peerHeaderTrusted ? headers.get(PEER_HEADER)?.trim() : undefined
  const fallback = peer ? normaliseAddress(peer) : SHARED_CLIENT_KEY
  if (trustProxyHops === null) return fallback
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  const seen = forwarded.at(-trustProxyHops)
  return forwarded.length >= trustProxyHops && seen ? normaliseAddress(seen) : fallback
}

/**
 * One key per client: "::ffff:203.0.113.7" (IPv4 on a dual-stack socket) is "203.0.113.7", and an
 * IPv6 address counts as its /64 network, since one home or server usually holds a whole /64 and
 * could otherwise take a fresh address (and a fresh bucket) for every write.
 * Example: "2001:db8:0:1:abcd::7" → "2001:db8:0:1::/64".
 */
export function normaliseAddress(address: string): string {
  const plain = address.trim().replace(/^\[|\]$/g, '').toLowerCase()
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain)
  if (v4) return v4[1]!
  if (isIPv6(plain.replace(/%.*$/, ''))) return `${ipv6Network64(plain.replace(/%.*$/, ''))}::/64`
  return plain.slice(0, 64)
}

/** The first four groups of a valid IPv6 address, "::" expanded: "2001:db8::1" → "2001:db8:0:0". */
function ipv6Network64(address: string): string {
  const [head = '', tail] = address.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  // An embedded IPv4 tail ("::1.2.3.4") takes two groups; only the first four matter here.
  const rightGroups = right.flatMap((group) => (group.includes('.') ? ['0', '0'] : [group]))
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - rightGroups.length).fill('0'), ...rightGroups]
  return groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')
}
