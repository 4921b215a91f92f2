import { clientKeyOf, createRateLimiter, readWriteLimit, type RateLimiter } from './rate-limit'
import { HttpError } from './http-error'

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

let limiter: { setting: string | undefined; limiter: RateLimiter | null } | undefined

/** The limiter for the current ARCHDECK_WRITE_LIMIT_PER_MINUTE; a changed setting starts afresh. */
function currentLimiter(): RateLimiter | null {
  const setting = process.env.ARCHDECK_WRITE_LIMIT_PER_MINUTE
  if (!limiter || limiter.setting !== setting) {
    const limit = readWriteLimit(setting)
    limiter = { setting, limiter: limit && createRateLimiter(limit) }
  }
  return limiter.limiter
}

/**
 * Checks a request before its handler runs: writes only from ArchDeck's own pages (or from tools,
 * which send no Sec-Fetch-Site) and at most ARCHDECK_WRITE_LIMIT_PER_MINUTE per client.
 * Reads pass untouched. Throws HttpError 403 or 429 (with `retryAfterSeconds`).
 */
export function guardWrite(request: Request, nowMs: number = Date.now()): void {
  if (!WRITE_METHODS.has(request.method.toUpperCase())) return
  // Browsers send Sec-Fetch-Site on every request; another site's form or fetch says cross-site.
  const site = request.headers.get('sec-fetch-site')
  if (site === 'cross-site' || site === 'same-site') throw new HttpError(403, 'Changes are accepted only from ArchDeck’s own pages.')
  const result = currentLimiter()?.take(clientKeyOf(request.headers), nowMs)
  if (result && !result.allowed) {
    throw new HttpError(429, `Too many changes from this address in a short time. Wait ${result.retryAfterSeconds} s and try again; nothing was changed by this request.`, [], { 'retry-after': String(result.retryAfterSeconds) })
  }
}
