import { describe, expect, it } from 'vitest'
import { PRICED_REGIONS } from '@/lib/model'
import { GET } from '@/app/api/prices/route'

type Listed = { key: string; usd: number | null; basis: string; source: string | null; asOf: string | null }

async function list(region: string): Promise<{ status: number; body: { region?: string; prices?: Listed[]; error?: string } }> {
  const response = await GET(new Request(`http://localhost/api/prices?region=${region}`))
  return { status: response.status, body: await response.json() }
}

describe('GET /api/prices', () => {
  it('lists every key of each of the seven regions, its price book included, each known price with a basis, source and date', async () => {
    for (const region of PRICED_REGIONS) {
      const { status, body } = await list(region)
      expect(status, region).toBe(200)
      expect(body.region).toBe(region)
      // The region books hold 595 (Seoul) to 1,864 (N. Virginia) prices.
      expect(body.prices!.length, region).toBeGreaterThan(500)
      for (const p of body.prices!) if (p.usd !== null) expect([p.basis, p.source, p.asOf].every(Boolean), `${region} ${p.key}`).toBe(true)
    }
  })

  it('includes the classes a new user picks (issue 12 §1)', async () => {
    const keys = new Set((await list('us-east-1')).body.prices!.map((p) => p.key))
    for (const key of ['rds.mysql.db.t3.large.single_az.hour', 'ec2.linux.t3.medium.hour', 'elasticache.redis.cache.m4.large.hour']) expect(keys.has(key), key).toBe(true)
  })

  it('refuses a region outside the seven', async () => {
    const { status, body } = await list('sa-east-1')
    expect(status).toBe(400)
    expect(body.error).toContain('ap-northeast-2')
  })
})
