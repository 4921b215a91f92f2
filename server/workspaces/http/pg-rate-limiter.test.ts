import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type DatabaseHandle } from '@/server/db/client'
import { openTempPglite, TEST_DATABASE_URL, type TestDatabase } from '@/server/db/test-backends'
import { createPgRateLimiter } from './pg-rate-limiter'
import { takeToken, type Bucket, type RateLimit } from './rate-limit'

const FIVE_A_MINUTE: RateLimit = { capacity: 5, windowSeconds: 60 }
/** Tests run on their own clock, far from the database's, so the background sweep never runs. */
const frozenClock = () => 0

/**
 * Two app processes behind a proxy, one PostgreSQL server: each process has its own connection
 * pool and its own limiter object, and only the database is shared. Here they are two pools in a
 * fresh schema; a real second process would hold nothing more in common.
 */
describe.skipIf(!TEST_DATABASE_URL)('write limit shared through PostgreSQL', () => {
  const schema = `archdeck_test_${randomBytes(6).toString('hex')}`
  let first: DatabaseHandle
  let second: DatabaseHandle

  beforeAll(async () => {
    first = await openDatabase({ kind: 'postgres', url: TEST_DATABASE_URL!, schema })
    second = await openDatabase({ kind: 'postgres', url: TEST_DATABASE_URL!, schema })
  })

  afterAll(async () => {
    await first?.close()
    await second?.close()
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL })
    await client.connect()
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).finally(() => client.end())
  })

  it('lets two processes together through only as often as the limit allows', async () => {
    const a = createPgRateLimiter(first.db, FIVE_A_MINUTE, frozenClock)
    const b = createPgRateLimiter(second.db, FIVE_A_MINUTE, frozenClock)
    const answers = []
    for (let i = 0; i < 8; i++) answers.push(await (i % 2 === 0 ? a : b).take('203.0.113.7', 1_000))
    expect(answers.map((r) => r.allowed)).toEqual([true, true, true, true, true, false, false, false])
    expect(answers[5]).toEqual({ allowed: false, retryAfterSeconds: 12 })
    // One token back after 12 s, for whichever process asks first.
    expect((await b.take('203.0.113.7', 13_000)).allowed).toBe(true)
    expect((await a.take('203.0.113.7', 13_000)).allowed).toBe(false)
  })

  it('never hands out the same token twice when both processes take at once', async () => {
    const a = createPgRateLimiter(first.db, FIVE_A_MINUTE, frozenClock)
    const b = createPgRateLimiter(second.db, FIVE_A_MINUTE, frozenClock)
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? a : b).take('198.51.100.1', 1_000)))
    expect(results.filter((r) => r.allowed)).toHaveLength(5)
  })

  it('shares one limit between two separate app processes', async () => {
    const script = path.join(import.meta.dirname, 'testing', 'take-writes.ts')
    const run = () => promisify(execFile)(process.execPath, ['--import', 'tsx', script, TEST_DATABASE_URL!, schema, '192.0.2.99', '30', '20', '1000'], { timeout: 60_000 })
    const outputs = await Promise.all([run(), run()])
    const [one, two] = outputs.map((o) => JSON.parse(o.stdout) as { pid: number; allowed: number })
    expect(one!.pid).not.toBe(two!.pid)
    // 60 attempts at one instant against a bucket of 20: exactly 20 pass, however the two processes interleave.
    expect(one!.allowed + two!.allowed).toBe(20)
  }, 90_000)

  it('computes the same buckets as the in-memory limiter', async () => {
    const a = createPgRateLimiter(first.db, { capacity: 3, windowSeconds: 7 }, frozenClock)
    let bucket: Bucket | undefined
    let now = 50_000
    for (const gap of [0, 0, 0, 0, 1_000, 2_333, 0, 0, 100, 9_000, 0, 0, 0, 0, 500]) {
      now += gap
      const step = takeToken(bucket, { capacity: 3, windowSeconds: 7 }, now)
      bucket = step.bucket
      expect(await a.take('192.0.2.50', now), `at ${now} ms`).toEqual(step.result)
    }
  })

  it('uses the database clock when no time is given', async () => {
    const a = createPgRateLimiter(first.db, FIVE_A_MINUTE)
    expect(await a.take('192.0.2.60')).toEqual({ allowed: true, remaining: 4 })
    const rows = (await first.db.execute(`SELECT updated_ms FROM rate_limit_buckets WHERE client_key = '192.0.2.60'`)) as unknown as { rows: { updated_ms: number }[] }
    expect(Math.abs(Number(rows.rows[0]!.updated_ms) - Date.now())).toBeLessThan(60_000)
  })

  it('sweeps buckets idle for a whole window, which are full again anyway', async () => {
    const a = createPgRateLimiter(first.db, FIVE_A_MINUTE, frozenClock)
    await a.take('192.0.2.1', 100_000)
    await a.take('192.0.2.2', 150_000)
    expect(await a.sweep(165_000)).toBeGreaterThanOrEqual(1)
    // 192.0.2.2 is 15 s old and stays: its bucket is not full yet.
    expect(await a.take('192.0.2.2', 165_000)).toEqual({ allowed: true, remaining: 4 })
  })
})

describe('write limit in PGlite', () => {
  let handle: TestDatabase

  beforeAll(async () => {
    handle = await openTempPglite()
  })

  afterAll(async () => {
    await handle?.dispose()
  })

  it('works on the one-process database too, from the same migration', async () => {
    const limiter = createPgRateLimiter(handle.db, { capacity: 2, windowSeconds: 60 }, frozenClock)
    const answers = [await limiter.take('a', 0), await limiter.take('a', 0), await limiter.take('a', 0)]
    expect(answers).toEqual([
      { allowed: true, remaining: 1 },
      { allowed: true, remaining: 0 },
      { allowed: false, retryAfterSeconds: 30 },
    ])
  })
})
