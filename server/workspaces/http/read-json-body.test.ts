import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import * as decisionsRoute from '@/app/api/workspaces/[workspaceId]/decisions/route'
import { HttpError } from './http-error'
import { findUnstorableValue, readJsonBody } from './read-json-body'

const BOM = new Uint8Array([0xef, 0xbb, 0xbf])
const post = (body: string | Uint8Array<ArrayBuffer>) => new Request('http://localhost/api/test', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
const withBom = (text: string): Uint8Array<ArrayBuffer> => new Uint8Array([...BOM, ...new TextEncoder().encode(text)])

async function refusalOf(promise: Promise<unknown>): Promise<HttpError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof HttpError) return error
    throw error
  }
  throw new Error('expected a refusal')
}

describe('readJsonBody', () => {
  const Named = z.strictObject({ name: z.string() })

  it('reads a body that starts with a UTF-8 byte order mark, as Windows tools write it', async () => {
    expect(await readJsonBody(post(withBom('{"name":"Seoul"}')), Named)).toEqual({ name: 'Seoul' })
    expect(await readJsonBody(post('\uFEFF{"name":"Seoul"}'), Named)).toEqual({ name: 'Seoul' })
  })

  it('still refuses two byte order marks, or one in the middle', async () => {
    expect((await refusalOf(readJsonBody(post(withBom('\uFEFF{"name":"x"}')), Named))).message).toMatch(/^The request body is not valid JSON/)
    expect((await refusalOf(readJsonBody(post('{"name":\uFEFF"x"}'), Named))).message).toMatch(/^The request body is not valid JSON/)
    expect((await refusalOf(readJsonBody(post(BOM), Named))).message).toBe('The request needs a JSON body.')
  })

  it('refuses a number too large to be finite (1e999) with its field path, whatever the schema', async () => {
    const refused = await refusalOf(readJsonBody(post('{"a":{"b":[1, -1e999]}}'), z.unknown()))
    expect(refused.status).toBe(400)
    expect(refused.fieldErrors).toEqual([{ path: 'a.b[1]', message: 'is too large a number (it reads as infinite)' }])
    expect(refused.message).toBe('The request is not valid: a.b[1]: is too large a number (it reads as infinite)')
    expect((await refusalOf(readJsonBody(post('1e999'), z.unknown()))).fieldErrors[0]?.path).toBe('(root)')
  })
})

describe('findUnstorableValue', () => {
  it('passes ordinary numbers, including large finite ones', () => {
    expect(findUnstorableValue({ a: [0, -1, 1.5e308, Number.MAX_SAFE_INTEGER] })).toBeNull()
  })

  it('names the first infinite number', () => {
    expect(findUnstorableValue(JSON.parse('{"options":[{"figures":{"monthlyUsd":1e999}}]}'))).toEqual({ path: 'options[0].figures.monthlyUsd', message: 'is too large a number (it reads as infinite)' })
  })
})

describe('decision bodies at the HTTP border', () => {
  // Both refusals come before any storage; should one ever get that far, it meets an empty folder, not .data.
  const saved = { DATABASE_URL: process.env.DATABASE_URL, ARCHDECK_DATA_DIR: process.env.ARCHDECK_DATA_DIR }
  beforeAll(() => {
    delete process.env.DATABASE_URL
    process.env.ARCHDECK_DATA_DIR = mkdtempSync(path.join(tmpdir(), 'archdeck-body-'))
  })
  afterAll(() => {
    rmSync(process.env.ARCHDECK_DATA_DIR!, { recursive: true, force: true })
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  })

  const ctx = { params: Promise.resolve({ workspaceId: 'ws_test' }) }
  const figures = { monthlyUsd: 1, monthlyKrw: 1300, costComplete: true, withinBudget: true, autoRecovered: 8, scenarioCount: 8, worstP95Ms: 1, meetsSla: true, highFindings: 0, priceCatalogCompiled: '2026-11-22' }
  const decision = (optionFigures: string) =>
    `{"title":"Go","context":"","options":[{"scenarioId":"sc_1","version":1,"name":"Plan","figures":${optionFigures}}],"chosenScenarioId":"sc_1","consequences":""}`

  it('answers 400 with the field paths for negative figures', async () => {
    const response = await decisionsRoute.POST(post(decision(JSON.stringify({ ...figures, monthlyUsd: -1e308, highFindings: -7 }))), ctx)
    expect(response.status).toBe(400)
    expect((await response.json()).fieldErrors).toEqual([
      { path: 'options[0].figures.monthlyUsd', message: 'must not be negative' },
      { path: 'options[0].figures.highFindings', message: 'must not be negative' },
    ])
  })

  it('answers 400 with the field path for an infinite figure, even after a byte order mark', async () => {
    const response = await decisionsRoute.POST(post(withBom(decision(JSON.stringify(figures).replace('"monthlyUsd":1', '"monthlyUsd":1e999')))), ctx)
    expect(response.status).toBe(400)
    expect((await response.json()).fieldErrors).toEqual([{ path: 'options[0].figures.monthlyUsd', message: 'is too large a number (it reads as infinite)' }])
  })
})
