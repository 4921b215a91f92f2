import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { evaluateScenario } from '@/lib/evaluate'
import { freezeFigures } from '@/lib/decisions/freeze-figures'
import { sql } from 'drizzle-orm'
import { getDb } from '@/server/db/client'
import { useTemporaryDatabase } from '@/server/db/temporary-database.fixture'
import * as workspacesRoute from '@/app/api/workspaces/route'
import * as workspaceRoute from '@/app/api/workspaces/[workspaceId]/route'
import * as scenariosRoute from '@/app/api/workspaces/[workspaceId]/scenarios/route'
import * as versionsRoute from '@/app/api/workspaces/[workspaceId]/scenarios/[scenarioId]/versions/route'
import * as restoreRoute from '@/app/api/workspaces/[workspaceId]/scenarios/[scenarioId]/versions/[version]/restore/route'
import * as decisionsRoute from '@/app/api/workspaces/[workspaceId]/decisions/route'
import * as shareRoute from '@/app/api/share/route'
import { MAX_BODY_BYTES } from './read-json-body'

/**
 * Fuzzes the write routes' bodies, called as Next.js calls them: random JSON, valid bodies with one
 * part replaced, random bytes, bodies over the limit, wrong content types, unknown ids.
 * Every answer is a 2xx with a JSON body or a 4xx with `{ error: "<sentence>" }`: never a 500,
 * never a throw, and a refused write leaves what was stored before exactly as it was.
 */

const base = findPreset('swiftlogix')!.scenario
const figures = freezeFigures(evaluateScenario(base))
const ctx = <P extends Record<string, string>>(params: P) => ({ params: Promise.resolve(params) })

type Ids = { workspaceId: string; scenarioId: string }
let ids: Ids
useTemporaryDatabase('archdeck-fuzz-', ['ARCHDECK_WRITE_LIMIT_PER_MINUTE'])

beforeAll(async () => {
  // Thousands of writes from one test client: the rate limit has its own tests in routes.test.ts.
  process.env.ARCHDECK_WRITE_LIMIT_PER_MINUTE = 'off'
  const workspace = await (await workspacesRoute.POST(jsonRequest({ name: 'Fuzz' }))).json()
  const workspaceId = workspace.workspace.id as string
  const scenario = await (await scenariosRoute.POST(jsonRequest({ name: 'Plan', scenario: base }), ctx({ workspaceId }))).json()
  ids = { workspaceId, scenarioId: scenario.scenario.id as string }
  const decision = await decisionsRoute.POST(jsonRequest(validBodies(ids).decision), ctx({ workspaceId }))
  expect(decision.status).toBe(201)
}, 60_000) // opening PGlite and migrating takes seconds on a busy machine

function jsonRequest(body: unknown): Request {
  return new Request('http://localhost/api/fuzz', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
}

function validBodies({ workspaceId, scenarioId }: Ids) {
  return {
    workspace: { name: 'Another' },
    rename: { name: 'Fuzz' },
    scenario: { name: 'Plan', scenario: base },
    version: { baseVersion: 1, scenario: base, clientSaveId: 'save-1' },
    share: { workspaceId, scenarioId, version: 1 },
    decision: { title: 'Go', context: 'Budget', options: [{ scenarioId, version: 1, name: 'Plan', figures }], chosenScenarioId: scenarioId, consequences: 'None' },
  }
}

type Target = { route: keyof ReturnType<typeof validBodies> | 'restore'; workspaceId: string; scenarioId: string; version: string }

/** The write handlers, each with the path params of its route. */
function send(target: Target, request: Request): Promise<Response> {
  const { workspaceId, scenarioId, version } = target
  switch (target.route) {
    case 'workspace':
      return workspacesRoute.POST(request)
    case 'rename':
      return workspaceRoute.PATCH(request, ctx({ workspaceId }))
    case 'scenario':
      return scenariosRoute.POST(request, ctx({ workspaceId }))
    case 'version':
      return versionsRoute.POST(request, ctx({ workspaceId, scenarioId }))
    case 'restore':
      return restoreRoute.POST(request, ctx({ workspaceId, scenarioId, version }))
    case 'share':
      return shareRoute.POST(request)
    case 'decision':
      return decisionsRoute.POST(request, ctx({ workspaceId }))
  }
}

/**
 * Every table's row count and the sum of its rows' xmin (the id of the transaction that wrote each
 * row version): any insert, update or delete changes one of them. One cheap query per case, where
 * hashing every payload took 35 ms.
 */
async function snapshot(): Promise<string> {
  const tables = ['workspaces', 'scenarios', 'scenario_versions', 'shares', 'decisions']
  const digest = tables.map((table) => `(select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from ${table})`).join(` || ' ' || `)
  const result = (await (await getDb()).execute(sql.raw(`select ${digest} as digest`))) as unknown as { rows: { digest: string }[] }
  return result.rows[0]!.digest
}

/** `value` with the part at `steps` (key choices, modulo the keys there) replaced by `replacement`, or removed. */
function mutate(value: unknown, steps: number[], replacement: { remove: true } | { value: unknown }): unknown {
  if (steps.length === 0 || value === null || typeof value !== 'object') return 'remove' in replacement ? undefined : replacement.value
  const keys = Object.keys(value)
  if (keys.length === 0) return 'remove' in replacement ? value : replacement.value
  const key = keys[steps[0]! % keys.length]!
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) }
  const child = mutate((value as Record<string, unknown>)[key], steps.slice(1), replacement)
  if (child === undefined && !Array.isArray(copy)) delete (copy as Record<string, unknown>)[key]
  else (copy as Record<string, unknown>)[key] = child
  return copy
}

const texts = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\ud800', '<script>alert(1)</script>', "'; DROP TABLE workspaces; --", '__proto__', 'x'.repeat(200)),
)
const jsonValues = fc.oneof(fc.jsonValue(), texts, fc.constantFrom(null, true, 0, -1, 1.5, 2_147_483_647, 2_147_483_648, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, {}, []))
const routeNames = fc.constantFrom<Target['route']>('workspace', 'rename', 'scenario', 'version', 'restore', 'share', 'decision')

const targets: fc.Arbitrary<Target> = fc.record({
  route: routeNames,
  workspaceId: fc.oneof({ weight: 4, arbitrary: fc.constant('<known>') }, { weight: 1, arbitrary: texts }),
  scenarioId: fc.oneof({ weight: 4, arbitrary: fc.constant('<known>') }, { weight: 1, arbitrary: texts }),
  version: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('1', '2') }, { weight: 1, arbitrary: texts }),
})

type BodyCase = { kind: string; contentType: string | null; body: string | Uint8Array<ArrayBuffer> | null }
const contentTypes = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8') },
  { weight: 1, arbitrary: fc.constantFrom(null, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp', 'text/json', 'application/merge-patch+json') },
)

/** A body for `route`: mostly a valid one with one part replaced, else random JSON, random bytes or too large. */
function bodies(route: Target['route']): fc.Arbitrary<BodyCase> {
  const valid = route === 'restore' ? null : validBodies(ids)[route]
  const mutated = fc
    .record({ steps: fc.array(fc.nat(), { maxLength: 6 }), remove: fc.boolean(), value: jsonValues, contentType: contentTypes })
    .map(({ steps, remove, value, contentType }) => ({ kind: 'mutated', contentType, body: JSON.stringify(mutate(valid, steps, remove ? { remove: true } : { value })) ?? '' }))
  const randomJson = fc.record({ value: fc.jsonValue(), contentType: contentTypes }).map(({ value, contentType }) => ({ kind: 'random JSON', contentType, body: JSON.stringify(value) }))
  const randomText = fc.record({ text: texts, contentType: contentTypes }).map(({ text, contentType }) => ({ kind: 'random text', contentType, body: text }))
  const randomBytes = fc.record({ bytes: fc.uint8Array({ maxLength: 256 }), contentType: contentTypes }).map(({ bytes, contentType }) => ({ kind: 'random bytes', contentType, body: new Uint8Array(bytes) }))
  const oversized = fc.constantFrom(
    { kind: 'oversized', contentType: 'application/json', body: JSON.stringify({ name: 'x'.repeat(MAX_BODY_BYTES) }) },
    { kind: 'oversized', contentType: 'application/json', body: JSON.stringify({ ...valid, padding: ' '.repeat(MAX_BODY_BYTES) }) },
  )
  const deep = fc.constantFrom(
    { kind: 'deep', contentType: 'application/json', body: `${'['.repeat(100_000)}${']'.repeat(100_000)}` },
    { kind: 'deep', contentType: 'application/json', body: `{"name":${'{"a":'.repeat(40_000)}1${'}'.repeat(40_000)}}` },
  )
  const none = fc.constant<BodyCase>({ kind: 'no body', contentType: null, body: null })
  return fc.oneof(
    { weight: 8, arbitrary: mutated },
    { weight: 3, arbitrary: randomJson },
    { weight: 2, arbitrary: randomText },
    { weight: 2, arbitrary: randomBytes },
    { weight: 1, arbitrary: none },
    { weight: 1, arbitrary: oversized },
    { weight: 1, arbitrary: deep },
  )
}

const cases = targets.chain((target) => bodies(target.route).map((body) => ({ target, body })))

const STACK = /\bat [\w.<>]+ \(|node_modules|\/work\/|\.ts:\d+|\.js:\d+|Error:/

async function expectWellFormed(response: Response): Promise<Record<string, unknown>> {
  expect(response.status === 409 || (response.status >= 200 && response.status < 300) || (response.status >= 400 && response.status < 500)).toBe(true)
  const text = await response.text()
  const body = JSON.parse(text) as Record<string, unknown>
  expect(typeof body).toBe('object')
  if (response.status >= 400) {
    expect(typeof body.error).toBe('string')
    expect((body.error as string).trim().length).toBeGreaterThanOrEqual(10)
    expect(body.error).toMatch(/^["“A-Z]/)
    expect(text).not.toMatch(STACK)
  }
  return body
}

describe('write routes under fuzzed bodies', () => {
  it('answer 2xx or 4xx with a sentence, and a refused write changes nothing (property)', async () => {
    let before = await snapshot()
    const seen = new Map<string, number>()
    await fc.assert(
      fc.asyncProperty(cases, async ({ target, body }) => {
        const resolved = { ...target, workspaceId: target.workspaceId === '<known>' ? ids.workspaceId : target.workspaceId, scenarioId: target.scenarioId === '<known>' ? ids.scenarioId : target.scenarioId }
        const headers: Record<string, string> = body.contentType ? { 'content-type': body.contentType } : {}
        const request = new Request('http://localhost/api/fuzz', { method: target.route === 'rename' ? 'PATCH' : 'POST', headers, body: body.body })
        if (body.contentType === null && body.body !== null) request.headers.delete('content-type')
        const response = await send(resolved, request)
        const status = response.status
        seen.set(`${status}`, (seen.get(`${status}`) ?? 0) + 1)
        await expectWellFormed(response)
        const after = await snapshot()
        // A stale save is kept as a conflict copy (a new scenario): what was there stays as it was.
        if (status >= 400 && status !== 409) expect(after).toEqual(before)
        if (status === 201) expect(after, 'a created row shows in the snapshot').not.toEqual(before)
        before = after
      }),
      { numRuns: 2000 },
    )
    console.info(`[fuzz] statuses: ${JSON.stringify(Object.fromEntries([...seen].sort()))}`)
    // The fuzzing reached the handlers' refusals and successes, not only the border.
    for (const status of ['201', '400', '404', '413', '415']) expect(seen.get(status) ?? 0, `answers with status ${status}`).toBeGreaterThan(0)
  }, 120_000)
})
