import { getDb, targetFromEnv } from '@/server/db/client'
import { HttpError } from './http-error'
import { createPgRateLimiter } from './pg-rate-limiter'
import { clientKeyOf, createRateLimiter, RateLimitSettingError, readTrustProxy, readWriteLimit, type TakeResult } from './rate-limit'

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** Buckets in this process (PGlite: one process per data directory) or in PostgreSQL (shared by all processes). */
type WriteLimiter = { take(clientKey: string, nowMs?: number): TakeResult | Promise<TakeResult> }

type Settings = { trustProxyHops: number | null; limiter: WriteLimiter | null }

// Next bundles route handlers separately and reloads modules in development: one limiter per
// process on globalThis, so every route counts against the same buckets. `signature` is the
// environment it was built from; a changed setting (tests) starts afresh.
const GLOBAL_KEY = Symbol.for('archdeck.writeGuard')
type GlobalSlot = { [GLOBAL_KEY]?: { signature: string; settings: Settings | RateLimitSettingError } }

/**
 * Reads ARCHDECK_WRITE_LIMIT_PER_MINUTE, ARCHDECK_TRUST_PROXY and DATABASE_URL; throws
 * RateLimitSettingError with a sentence the operator can act on. Server start-up can call it to
 * refuse a bad setting before the first request (server/serve.ts).
 */
export function readWriteGuardSettings(env: NodeJS.ProcessEnv = process.env): { trustProxyHops: number | null; limit: ReturnType<typeof readWriteLimit>; shared: boolean } {
  return { trustProxyHops: readTrustProxy(env.ARCHDECK_TRUST_PROXY), limit: readWriteLimit(env.ARCHDECK_WRITE_LIMIT_PER_MINUTE), shared: targetFromEnv(env).kind === 'postgres' }
}

function currentSettings(): Settings | RateLimitSettingError {
  const env = process.env
  const signature = JSON.stringify([env.ARCHDECK_WRITE_LIMIT_PER_MINUTE, env.ARCHDECK_TRUST_PROXY, env.DATABASE_URL])
  const slot = globalThis as GlobalSlot
  const current = slot[GLOBAL_KEY]
  if (current?.signature === signature) return current.settings
  let settings: Settings | RateLimitSettingError
  try {
    const { trustProxyHops, limit, shared } = readWriteGuardSettings(env)
    settings = { trustProxyHops, limiter: limit && (shared ? lazyPgLimiter(limit) : memoryLimiter(limit)) }
  } catch (error) {
    if (!(error instanceof RateLimitSettingError)) throw error
    // Said once per setting, not once per request: the log stays readable.
    console.error(`[archdeck] ${error.message} Writes are refused (503) until it is fixed.`)
    settings = error
  }
  slot[GLOBAL_KEY] = { signature, settings }
  return settings
}

/** Buckets in this process's memory, on this process's clock. */
function memoryLimiter(limit: NonNullable<ReturnType<typeof readWriteLimit>>): WriteLimiter {
  const limiter = createRateLimiter(limit)
  return { take: (clientKey, nowMs) => limiter.take(clientKey, nowMs ?? Date.now()) }
}

/** The PostgreSQL limiter over the process's database, opened on the first write like every handler's. */
function lazyPgLimiter(limit: NonNullable<ReturnType<typeof readWriteLimit>>): WriteLimiter {
  let limiter: ReturnType<typeof createPgRateLimiter> | undefined
  return {
    async take(clientKey, nowMs) {
      limiter ??= createPgRateLimiter(await getDb(), limit)
      return limiter.take(clientKey, nowMs)
    },
  }
}

/**
 * Checks a request before its handler runs: writes only from ArchDeck's own pages (or from tools,
 * which send no Sec-Fetch-Site) and at most ARCHDECK_WRITE_LIMIT_PER_MINUTE per client, the client
 * being the socket address unless ARCHDECK_TRUST_PROXY says which X-Forwarded-For entry to believe.
 * Reads pass untouched. Throws HttpError 403, 429 (with `retryAfterSeconds`) or 503 for a bad setting.
 */
export async function guardWrite(request: Request, nowMs?: number): Promise<void> {
  if (!WRITE_METHODS.has(request.method.toUpperCase())) return
  // Browsers send Sec-Fetch-Site on every request; another site's form or fetch says cross-site.
  const site = request.headers.get('sec-fetch-site')
  if (site === 'cross-site' || site === 'same-site') throw new HttpError(403, { code: 'server.cross-site', params: {} })
  const settings = currentSettings()
  if (settings instanceof RateLimitSettingError) throw new HttpError(503, { code: 'server.write-limit-misconfigured', params: {} })
  if (!settings.limiter) return
  const result = await settings.limiter.take(clientKeyOf(request.headers, settings.trustProxyHops), nowMs)
  if (!result.allowed) {
    throw new HttpError(429, { code: 'server.rate-limited', params: { seconds: result.retryAfterSeconds } }, [], { 'retry-after': String(result.retryAfterSeconds) })
  }
}
