import { describe, expect, it, vi } from 'vitest'
import { findPreset } from '@/data/presets'
import { evaluateScenario } from '@/lib/evaluate'
import { setTasksPerService } from '@/lib/model'
import { freezeFigures } from '@/lib/decisions/freeze-figures'
import { closeDb } from '@/server/db/client'
import { useTemporaryDatabase } from '@/server/db/temporary-database.fixture'
import { setPeerHeaderTrusted } from '@/server/workspaces/http/rate-limit'
import * as workspacesRoute from '@/app/api/workspaces/route'
import * as workspaceRoute from '@/app/api/workspaces/[workspaceId]/route'
import * as scenariosRoute from '@/app/api/workspaces/[workspaceId]/scenarios/route'
import * as versionsRoute from '@/app/api/workspaces/[workspaceId]/scenarios/[scenarioId]/versions/route'
import * as versionRoute from '@/app/api/workspaces/[workspaceId]/scenarios/[scenarioId]/versions/[version]/route'
import * as restoreRoute from '@/app/api/workspaces/[workspaceId]/scenarios/[scenarioId]/versions/[version]/restore/route'
import * as decisionsRoute from '@/app/api/workspaces/[workspaceId]/decisions/route'
import * as shareRoute from '@/app/api/share/route'
import { loadSharedVersion } from '@/server/workspaces'

const base = findPreset('swiftlogix')!.scenario
const ctx = <P extends Record<string, string>>(params: P) => ({ params: Promise.resolve(params) })
const post = (body: unknown, init: RequestInit = {}) =>
  new Request('http://localhost/api/test', { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body), ...init })
const get = () => new Request('http://localhost/api/test')

async function answer(response: Response) {
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}

const dataDir = useTemporaryDatabase('archdeck-routes-')

async function newWorkspace(name = 'Routes'): Promise<string> {
  const { status, body } = await answer(await workspacesRoute.POST(post({ name })))
  expect(status).toBe(201)
  return body.workspace.id as string
}

async function newScenario(workspaceId: string, name: string): Promise<string> {
  const { status, body } = await answer(await scenariosRoute.POST(post({ name, scenario: base }), ctx({ workspaceId })))
  expect(status).toBe(201)
  return body.scenario.id as string
}

describe('workspace API routes', () => {
  it('creates a workspace with a 128-bit id, lists none of them, renames one, and answers 404 for an unknown one', async () => {
    const id = await newWorkspace('First')
    expect(id).toMatch(/^ws_[A-Za-z0-9_-]{22}$/)
    // The workspace id is the key to it: no handler lists workspaces (proxy.ts answers 405, Allow: OPTIONS, POST).
    expect(Object.keys(workspacesRoute)).toEqual(['POST'])
    expect((await answer(await workspaceRoute.GET(get(), ctx({ workspaceId: id })))).body.workspace.name).toBe('First')
    const renamed = await answer(await workspaceRoute.PATCH(post({ name: 'Renamed' }, { method: 'PATCH' }), ctx({ workspaceId: id })))
    expect(renamed).toMatchObject({ status: 200, body: { workspace: { name: 'Renamed' } } })
    expect(await answer(await workspaceRoute.GET(get(), ctx({ workspaceId: 'ws_nope' })))).toEqual({ status: 404, body: { error: 'There is no workspace ws_nope.', reason: { code: 'server.no-workspace', params: { id: 'ws_nope' } } } })
  })

  it('answers 400 with field errors for a bad body, and for a body that is not JSON', async () => {
    expect(await answer(await workspacesRoute.POST(post({ name: '' })))).toMatchObject({
      status: 400,
      body: {
        error: 'The request is not valid: name: give the workspace a name',
        fieldErrors: [{ path: 'name', message: 'give the workspace a name' }],
        reason: { code: 'server.invalid', params: { what: 'request', summary: 'name: give the workspace a name' } },
      },
    })
    const extra = await answer(await workspacesRoute.POST(post({ name: 'x', owner: 'me' })))
    expect(extra.body.fieldErrors).toMatchObject([{ path: '(root)', message: 'unknown field "owner"' }])
    const notJson = await answer(await workspacesRoute.POST(post('{"name":')))
    expect(notJson.status).toBe(400)
    expect(notJson.body.error).toMatch(/^The request body is not valid JSON/)
    expect((await answer(await workspacesRoute.POST(post('')))).body.error).toBe('The request needs a JSON body.')
  })

  it('answers 413 for a body over 256 KB, whether or not it declares its length', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(300_000) })
    const declared = await answer(await workspacesRoute.POST(post(big, { headers: { 'content-type': 'application/json', 'content-length': String(big.length) } })))
    expect(declared).toEqual({ status: 413, body: { error: 'The request body is larger than 256 KB; nothing was changed by it.' } })
    let enqueuedBytes = 0
    const streamed = new Request('http://localhost/api/test', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({
        pull(controller) {
          // An endless body: the reader must stop at the limit, not wait for the end.
          enqueuedBytes += 64_000
          controller.enqueue(new TextEncoder().encode('x'.repeat(64_000)))
        },
      }),
      duplex: 'half',
    } as RequestInit)
    expect((await answer(await workspacesRoute.POST(streamed))).status).toBe(413)
    expect(enqueuedBytes).toBeLessThan(1_000_000)
  })

  it('answers 415 for a body not sent as JSON, before reading it', async () => {
    const form = new Request('http://localhost/api/test', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=x' })
    expect(await answer(await workspacesRoute.POST(form))).toEqual({ status: 415, body: { error: 'Send the request body as JSON, with the header Content-Type: application/json.' } })
    const plain = new Request('http://localhost/api/test', { method: 'POST', body: '{"name":"x"}' })
    expect((await workspacesRoute.POST(plain)).status).toBe(415)
    const charset = await workspacesRoute.POST(post({ name: 'With charset' }, { headers: { 'content-type': 'application/json; charset=utf-8' } }))
    expect(charset.status).toBe(201)
  })

  it('refuses text PostgreSQL cannot store, bodies nested too deep, and ids no id can be, before any query', async () => {
    expect(await answer(await workspacesRoute.POST(post({ name: 'a\u0000b' })))).toEqual({
      status: 400,
      body: { error: 'The request is not valid: name: must not contain the NUL character or half of a surrogate pair', fieldErrors: [{ path: 'name', message: 'must not contain the NUL character or half of a surrogate pair' }] },
    })
    expect((await answer(await workspacesRoute.POST(post('{"name":"\\ud800"}')))).status).toBe(400)
    const deep = await answer(await workspacesRoute.POST(post(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)))
    expect(deep).toEqual({ status: 400, body: expect.objectContaining({ error: 'The request is not valid: [0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: is nested deeper than 32 levels' }) })
    const nul = await answer(await workspaceRoute.GET(get(), ctx({ workspaceId: 'ws_\u0000' })))
    expect(nul).toMatchObject({ status: 404, body: { error: 'Nothing is stored under this address: one of its ids has characters no id has.', reason: { code: 'server.bad-path-id' } } })
  })

  it('refuses writes another site sends, but not reads', async () => {
    const crossSite = post({ name: 'Forged' }, { headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' } })
    expect(await answer(await workspacesRoute.POST(crossSite))).toMatchObject({ status: 403, body: { error: 'Changes are accepted only from ArchDeck’s own pages.', reason: { code: 'server.cross-site' } } })
    const sameOrigin = post({ name: 'Mine' }, { headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' } })
    expect((await workspacesRoute.POST(sameOrigin)).status).toBe(201)
    const read = new Request('http://localhost/api/test', { headers: { 'sec-fetch-site': 'cross-site' } })
    expect((await workspaceRoute.GET(read, ctx({ workspaceId: await newWorkspace() }))).status).toBe(200)
  })

  it('answers 429 with Retry-After once a client has used up its writes, and counts each client apart', async () => {
    process.env.ARCHDECK_WRITE_LIMIT_PER_MINUTE = '3'
    setPeerHeaderTrusted(true) // as under server/serve.ts
    try {
      const from = (address: string) => post({ name: '' }, { headers: { 'content-type': 'application/json', 'x-archdeck-peer': address } })
      for (let i = 0; i < 3; i++) expect((await workspacesRoute.POST(from('198.51.100.1'))).status).toBe(400)
      const refused = await workspacesRoute.POST(from('198.51.100.1'))
      expect(refused.status).toBe(429)
      expect(refused.headers.get('retry-after')).toBe('20')
      expect((await refused.json()).error).toBe('Too many changes from this address in a short time. Wait 20 s and try again; nothing was changed by this request.')
      expect((await workspacesRoute.POST(from('198.51.100.2'))).status).toBe(400)
      expect((await workspaceRoute.GET(get(), ctx({ workspaceId: 'ws_nope' }))).status).toBe(404)
    } finally {
      delete process.env.ARCHDECK_WRITE_LIMIT_PER_MINUTE
      setPeerHeaderTrusted(false)
    }
  })

  it('refuses an invalid scenario with field paths under "scenario", and a taken name with 409', async () => {
    const workspaceId = await newWorkspace()
    const bad = { ...base, config: { ...base.config, network: { ...base.config.network, azCount: 7 } } }
    const refused = await answer(await scenariosRoute.POST(post({ name: 'Bad', scenario: bad }), ctx({ workspaceId })))
    expect(refused.status).toBe(400)
    expect(refused.body.fieldErrors).toMatchObject([{ path: 'scenario.config.network.azCount', message: 'must be at most 3' }])
    await newScenario(workspaceId, 'Plan 1')
    const taken = await answer(await scenariosRoute.POST(post({ name: 'plan 1', scenario: base }), ctx({ workspaceId })))
    expect(taken.status).toBe(409)
    expect(taken.body.conflict).toBeUndefined()
    const missing = await answer(await scenariosRoute.POST(post({ name: 'x', scenario: base }), ctx({ workspaceId: 'ws_nope' })))
    expect(missing.status).toBe(404)
  })

  it('saves versions, answers 409 with both versions on a stale save, lists, reads and restores', async () => {
    const workspaceId = await newWorkspace()
    const scenarioId = await newScenario(workspaceId, 'Plan 2')
    const params = ctx({ workspaceId, scenarioId })
    const mine = { ...base, config: setTasksPerService(base.config, 4) }
    const theirs = { ...base, config: setTasksPerService(base.config, 3) }
    expect(await answer(await versionsRoute.POST(post({ baseVersion: 1, scenario: theirs }), params))).toEqual({ status: 201, body: { ok: true, scenarioId, version: 2 } })
    const conflict = await answer(await versionsRoute.POST(post({ baseVersion: 1, scenario: mine }), params))
    expect(conflict.status).toBe(409)
    expect(conflict.body.error).toBe('Someone saved version 2 of "Plan 2" while you were editing version 1. Your changes were kept as "Plan 2 (conflict copy)" (version 1); "Plan 2" version 2 is unchanged.')
    expect(conflict.body.conflict).toMatchObject({ yourVersion: 1, latestVersion: 2, latest: theirs, saved: { name: 'Plan 2 (conflict copy)', version: 1 } })
    const copy = await answer(await versionRoute.GET(get(), ctx({ workspaceId, scenarioId: conflict.body.conflict.saved.scenarioId, version: '1' })))
    expect(copy.body.version).toMatchObject({ ok: true, scenario: mine, source: 'conflict-copy' })

    const versions = await answer(await versionsRoute.GET(get(), params))
    expect(versions.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1])
    const restored = await answer(await restoreRoute.POST(post(''), ctx({ workspaceId, scenarioId, version: '1' })))
    expect(restored).toEqual({ status: 201, body: { scenarioId, version: 3, restoredFrom: 1 } })
    expect((await answer(await versionRoute.GET(get(), ctx({ workspaceId, scenarioId, version: '3' })))).body.version.scenario).toEqual(base)
  })

  it('answers 404 for an unknown version, a malformed version and a scenario of another workspace', async () => {
    const workspaceId = await newWorkspace()
    const otherWorkspace = await newWorkspace('Other')
    const scenarioId = await newScenario(workspaceId, 'Only')
    expect((await answer(await versionRoute.GET(get(), ctx({ workspaceId, scenarioId, version: '9' })))).body).toEqual({ error: '"Only" has no version 9.', reason: { code: 'server.no-version', params: { name: 'Only', version: 9 } } })
    expect((await versionRoute.GET(get(), ctx({ workspaceId, scenarioId, version: '1.5' }))).status).toBe(404)
    expect((await versionRoute.GET(get(), ctx({ workspaceId: otherWorkspace, scenarioId, version: '1' }))).status).toBe(404)
    expect((await versionsRoute.POST(post({ baseVersion: 1, scenario: base }), ctx({ workspaceId: otherWorkspace, scenarioId }))).status).toBe(404)
    expect((await restoreRoute.POST(post(''), ctx({ workspaceId, scenarioId, version: '4' }))).status).toBe(404)
  })

  it('records and lists decisions, refusing an invalid one with field paths', async () => {
    const workspaceId = await newWorkspace()
    const scenarioId = await newScenario(workspaceId, 'Final')
    const figures = freezeFigures(evaluateScenario(base))
    const input = { title: 'Go with Final', context: 'Budget', options: [{ scenarioId, version: 1, name: 'Final', figures }], chosenScenarioId: scenarioId, consequences: 'None' }
    const recorded = await answer(await decisionsRoute.POST(post(input), ctx({ workspaceId })))
    expect(recorded).toMatchObject({ status: 201, body: { decision: { number: 1, title: 'Go with Final', status: 'accepted' } } })
    const refused = await answer(await decisionsRoute.POST(post({ ...input, options: [{ ...input.options[0], figures: { ...figures, monthlyUsd: 'cheap' } }] }), ctx({ workspaceId })))
    expect(refused.status).toBe(400)
    expect(refused.body.fieldErrors).toMatchObject([{ path: 'options[0].figures.monthlyUsd', message: 'expected number, got string' }])
    const log = await answer(await decisionsRoute.GET(get(), ctx({ workspaceId })))
    expect(log.body.decisions.map((d: { number: number }) => d.number)).toEqual([1])
    expect((await decisionsRoute.GET(get(), ctx({ workspaceId: 'ws_nope' }))).status).toBe(404)
  })

  it('creates share links of 22+ characters and refuses a bad or unknown target', async () => {
    const workspaceId = await newWorkspace()
    const scenarioId = await newScenario(workspaceId, 'Shared')
    const shared = await answer(await shareRoute.POST(post({ workspaceId, scenarioId, version: 1 })))
    expect(shared.status).toBe(201)
    expect(shared.body.id).toMatch(/^[A-Za-z0-9_-]{22,}$/)
    expect(shared.body.path).toBe(`/s/${shared.body.id}`)
    expect((await answer(await shareRoute.POST(post({ workspaceId, scenarioId })))).body.fieldErrors).toMatchObject([{ path: 'version', message: 'is required (expected number)' }])
    expect((await shareRoute.POST(post({ workspaceId, scenarioId, version: 2 }))).status).toBe(404)
    // Beyond PostgreSQL's integer: refused as input, not a failed query.
    expect((await shareRoute.POST(post({ workspaceId, scenarioId, version: 2_147_483_648 }))).status).toBe(400)
  })

  it('shares only with the workspace id: a scenario id alone or with another workspace is refused', async () => {
    const workspaceId = await newWorkspace()
    const otherWorkspace = await newWorkspace('Other')
    const scenarioId = await newScenario(workspaceId, 'Mine')
    expect((await answer(await shareRoute.POST(post({ scenarioId, version: 1 })))).body.fieldErrors).toMatchObject([{ path: 'workspaceId', message: 'is required (expected string)' }])
    expect((await shareRoute.POST(post({ workspaceId: otherWorkspace, scenarioId, version: 1 }))).status).toBe(404)
  })

  it('from a share link alone, no write succeeds and no workspace id is learned', async () => {
    const workspaceId = await newWorkspace('Secret plans')
    const scenarioId = await newScenario(workspaceId, 'Final')
    const { body: link } = await answer(await shareRoute.POST(post({ workspaceId, scenarioId, version: 1 })))
    const before = await answer(await workspaceRoute.GET(get(), ctx({ workspaceId })))
    // All a share holder has: the share id in /s/<id>, and what that page shows.
    const shown = JSON.stringify(await loadSharedVersion(link.id))
    expect(shown).not.toContain(workspaceId)
    expect(shown).not.toContain(scenarioId)
    const guess = link.id as string
    const tries = [
      () => workspaceRoute.GET(get(), ctx({ workspaceId: guess })),
      () => workspaceRoute.PATCH(post({ name: 'Taken over' }, { method: 'PATCH' }), ctx({ workspaceId: guess })),
      () => scenariosRoute.POST(post({ name: 'Planted', scenario: base }), ctx({ workspaceId: guess })),
      () => versionsRoute.POST(post({ baseVersion: 1, scenario: base }), ctx({ workspaceId: guess, scenarioId: guess })),
      () => restoreRoute.POST(post(''), ctx({ workspaceId: guess, scenarioId: guess, version: '1' })),
      () => shareRoute.POST(post({ workspaceId: guess, scenarioId: guess, version: 1 })),
      () => decisionsRoute.POST(post({ title: 'x', context: '', options: [], chosenScenarioId: guess, consequences: '' }), ctx({ workspaceId: guess })),
      () => decisionsRoute.GET(get(), ctx({ workspaceId: guess })),
    ]
    for (const attempt of tries) expect((await attempt()).status).toBeGreaterThanOrEqual(400)
    expect(await answer(await workspaceRoute.GET(get(), ctx({ workspaceId })))).toEqual(before)
    expect((await answer(await decisionsRoute.GET(get(), ctx({ workspaceId })))).body.decisions).toEqual([])
  })

  it('answers 500 with a sentence and no stack trace when the database cannot open, and logs the cause', async () => {
    await closeDb()
    process.env.ARCHDECK_DATA_DIR = '/dev/null/archdeck'
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const failed = await answer(await workspaceRoute.GET(get(), ctx({ workspaceId: 'ws_any' })))
      expect(failed).toEqual({ status: 500, body: { error: 'The server could not complete this request. Nothing was changed by it; try again in a moment.', reason: { code: 'server.failed', params: {} } } })
      expect(log).toHaveBeenCalledOnce()
      expect(String(log.mock.calls[0]?.[0])).toContain('GET /api/test failed')
    } finally {
      log.mockRestore()
      process.env.ARCHDECK_DATA_DIR = dataDir()
    }
    // The failure is not cached: the next request opens the database.
    expect((await workspaceRoute.GET(get(), ctx({ workspaceId: 'ws_any' }))).status).toBe(404)
  })
})
