/**
 * For tests: one "app process" taking write tokens from the PostgreSQL limiter, as a request
 * handler would, then printing how many it was allowed as JSON on stdout.
 * Usage: tsx take-writes.ts <database url> <schema> <client key> <takes> <capacity> <now ms>
 */
import { openDatabase } from '@/server/db/client'
import { createPgRateLimiter } from '../pg-rate-limiter'

const [url, schema, clientKey, takes, capacity, nowMs] = process.argv.slice(2)
const handle = await openDatabase({ kind: 'postgres', url: url!, schema: schema! })
try {
  const limiter = createPgRateLimiter(handle.db, { capacity: Number(capacity), windowSeconds: 60 }, () => 0)
  const results = await Promise.all(Array.from({ length: Number(takes) }, () => limiter.take(clientKey!, Number(nowMs))))
  process.stdout.write(JSON.stringify({ pid: process.pid, allowed: results.filter((r) => r.allowed).length }))
} finally {
  await handle.close()
}
