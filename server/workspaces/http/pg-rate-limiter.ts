import { sql } from 'drizzle-orm'
import type { Database } from '@/server/db/client'
import type { RateLimit, TakeResult } from './rate-limit'

/**
 * The token bucket of rate-limit.ts kept in PostgreSQL (table rate_limit_buckets, migration 0002),
 * so every app process on one database counts against the same buckets. One take is one INSERT …
 * ON CONFLICT DO UPDATE: PostgreSQL locks the row, so two processes taking the last token at once
 * cannot both get it, and a first write needs no separate INSERT that could race.
 *
 * The clock is the database's (`clock_timestamp()`), so app machines with skewed clocks still agree;
 * tests pass `nowMs` instead. Same arithmetic as `takeToken`, in double precision like JavaScript.
 */
type SharedRateLimiter = {
  take(clientKey: string, nowMs?: number): Promise<TakeResult>
  /** Deletes buckets idle for a whole window (they are full again, so nothing is lost); returns how many. */
  sweep(nowMs?: number): Promise<number>
}

/** How often one process sweeps idle buckets; with several processes the table is swept more often, harmlessly. */
const SWEEP_INTERVAL_MS = 60_000

type TakeRow = { tokens: number | string; last_allowed: boolean }

export function createPgRateLimiter(db: Database, limit: RateLimit, clock: () => number = Date.now): SharedRateLimiter {
  if (!(limit.capacity >= 1) || !(limit.windowSeconds > 0)) throw new Error('A rate limit needs a capacity ≥ 1 and a window > 0 s.')
  const perMs = limit.capacity / (limit.windowSeconds * 1000)
  const windowMs = limit.windowSeconds * 1000
  let lastSweepMs = clock()
  let sweeping = false

  const nowSql = (nowMs: number | undefined) => sql`coalesce(${nowMs ?? null}::double precision, extract(epoch from clock_timestamp()) * 1000)`

  async function sweep(nowMs?: number): Promise<number> {
    const rows = await rowsOf<{ client_key: string }>(db.execute(sql`DELETE FROM rate_limit_buckets WHERE updated_ms < ${nowSql(nowMs)} - ${windowMs}::double precision RETURNING client_key`))
    return rows.length
  }

  /** Runs a sweep now and then, in the background: a take never waits for it. */
  function sweepNowAndThen(): void {
    const now = clock()
    if (sweeping || now - lastSweepMs < SWEEP_INTERVAL_MS) return
    lastSweepMs = now
    sweeping = true
    sweep()
      .catch((error: Error) => console.error('[archdeck] sweeping idle rate-limit buckets failed (they are swept again later):', error.message))
      .finally(() => (sweeping = false))
  }

  return {
    async take(clientKey, nowMs) {
      sweepNowAndThen()
      // `refill` is the bucket brought up to now, capped at the capacity; every SET reads the old row.
      const refill = sql`least(${limit.capacity}::double precision, b.tokens + greatest(0, excluded.updated_ms - b.updated_ms) * ${perMs}::double precision)`
      const rows = await rowsOf<TakeRow>(
        db.execute(sql`
          INSERT INTO rate_limit_buckets AS b (client_key, tokens, updated_ms, last_allowed)
          VALUES (${clientKey}, ${limit.capacity - 1}::double precision, ${nowSql(nowMs)}, true)
          ON CONFLICT (client_key) DO UPDATE SET
            tokens = CASE WHEN ${refill} >= 1 - 1e-9 THEN greatest(0, ${refill} - 1) ELSE ${refill} END,
            updated_ms = greatest(b.updated_ms, excluded.updated_ms),
            last_allowed = ${refill} >= 1 - 1e-9
          RETURNING tokens, last_allowed`),
      )
      const row = rows[0]
      if (!row) throw new Error('The rate-limit bucket was not written.')
      const tokens = Number(row.tokens)
      if (row.last_allowed) return { allowed: true, remaining: Math.floor(tokens) }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) }
    },
    sweep,
  }
}

/** node-postgres and PGlite both answer `execute` with `{ rows }`. */
async function rowsOf<Row>(result: Promise<unknown>): Promise<Row[]> {
  return ((await result) as { rows: Row[] }).rows
}
