import { describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { buildLargeScenario } from '@/bench/large-config'
import { useTemporaryDatabase } from '@/server/db/temporary-database.fixture'
import * as snapshotsRoute from '@/app/api/snapshots/route'
import { readSnapshot } from './index'

const base = findPreset('swiftlogix')!.scenario
const post = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  new Request('http://localhost/api/snapshots', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) })

async function answer(response: Response) {
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}

useTemporaryDatabase('archdeck-snapshot-route-')

describe('POST /api/snapshots', () => {
  it('answers 201 with the same id for the same design, every time', async () => {
    const first = await answer(await snapshotsRoute.POST(post({ scenario: base })))
    const again = await answer(await snapshotsRoute.POST(post({ scenario: base })))
    expect(first).toEqual({ status: 201, body: { id: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) } })
    expect(again.body.id).toBe(first.body.id)
    expect((await readSnapshot(first.body.id)).status).toBe('ok')
  })

  it('takes the 200-service design (about 270 KB)', async () => {
    const large = buildLargeScenario(200)
    const { status, body } = await answer(await snapshotsRoute.POST(post({ scenario: large })))
    expect(status).toBe(201)
    const read = await readSnapshot(body.id)
    expect(read.status === 'ok' && read.scenario.config.services).toHaveLength(200)
  })

  it('refuses with a sentence, never a crash: bad fields, no JSON, extra fields, too large, not JSON typed', async () => {
    const broken = await answer(await snapshotsRoute.POST(post({ scenario: { ...base, config: { ...base.config, network: { ...base.config.network, azCount: 9 } } } })))
    expect(broken.status).toBe(400)
    expect(broken.body.error).toMatch(/^The scenario is not valid/)
    expect(broken.body.fieldErrors[0].path).toBe('scenario.config.network.azCount')
    expect((await answer(await snapshotsRoute.POST(post('{"scenario":')))).status).toBe(400)
    expect((await answer(await snapshotsRoute.POST(post({ scenario: base, workspaceId: 'x' })))).status).toBe(400)
    expect((await answer(await snapshotsRoute.POST(post({ scenario: 'x'.repeat(1024 * 1024) })))).status).toBe(413)
    expect((await answer(await snapshotsRoute.POST(post({ scenario: base }, { 'content-type': 'text/plain' })))).status).toBe(415)
  })

  it('refuses a write from another site', async () => {
    const { status } = await answer(await snapshotsRoute.POST(post({ scenario: base }, { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' })))
    expect(status).toBe(403)
  })
})
