import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { findPreset } from '@/data/presets'
import type { ImportResult, SourceFile } from '@/lib/import/types'
import { setPeerHeaderTrusted } from '@/server/workspaces/http/rate-limit'
import { handleImport, type Importer } from './handle-import'

const scenario = findPreset('swiftlogix')!.scenario
const SECRET = 'hunter2-do-not-echo'
const MAIN_TF: SourceFile = { path: 'main.tf', text: `resource "aws_db_instance" "db" {\n  password = "${SECRET}"\n}\n` }
const IMPORTED: ImportResult = { ok: true, scenario, report: { understood: [{ address: 'aws_db_instance.db', becomes: 'database' }], assumed: [], skipped: [], notes: [] } }

const calls: Parameters<Importer>[] = []
const importer = (result: ImportResult | Error): Importer => async (...args) => {
  calls.push(args)
  if (result instanceof Error) throw result
  return result
}

const post = (body: BodyInit | null, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  new Request('http://localhost/api/import', { method: 'POST', headers, body, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit)

async function answer(response: Response) {
  const text = await response.text()
  return { status: response.status, text, body: JSON.parse(text) as Record<string, any> }
}

const ENV_KEYS = ['ARCHDECK_WRITE_LIMIT_PER_MINUTE', 'ARCHDECK_TRUST_PROXY', 'DATABASE_URL'] as const
const savedEnv = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]))

beforeAll(() => {
  for (const key of ENV_KEYS) delete process.env[key]
  // Off for every test but the one that counts writes.
  process.env.ARCHDECK_WRITE_LIMIT_PER_MINUTE = 'off'
  setPeerHeaderTrusted(true)
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})
afterEach(() => {
  calls.length = 0
  vi.mocked(console.error).mockClear()
})
afterAll(() => {
  vi.mocked(console.error).mockRestore()
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key]
    else process.env[key] = savedEnv[key]
  }
})

describe('POST /api/import', () => {
  it('hands the files and the -var values to the importer and answers its result', async () => {
    const route = handleImport(importer(IMPORTED))
    const { status, body } = await answer(await route(post(JSON.stringify({ files: [MAIN_TF], vars: { region: 'eu-west-1' } }))))
    expect(status).toBe(200)
    expect(body).toEqual(JSON.parse(JSON.stringify(IMPORTED)))
    expect(calls).toEqual([[[MAIN_TF], { vars: { region: 'eu-west-1' } }]])
  })

  it('answers the importer\'s errors when nothing could be imported, as a 200 (the request itself was fine)', async () => {
    const refused: ImportResult = { ok: false, errors: [{ code: 'import.syntax-error', params: { detail: 'Argument or block definition required' }, where: { file: 'main.tf', line: 8, column: 37 } }] }
    const { status, body } = await answer(await handleImport(importer(refused))(post(JSON.stringify({ files: [MAIN_TF] }))))
    expect(status).toBe(200)
    expect(body).toEqual(refused)
  })

  it('refuses more than 10 MB with 413 and the code import.too-large, by Content-Length before reading and by counting a stream without one', async () => {
    const route = handleImport(importer(IMPORTED))
    const declared = await answer(await route(post('{}', { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024 + 1) })))
    expect(declared.status).toBe(413)
    expect(declared.body).toEqual({ ok: false, error: 'The request body is larger than 10 MB; nothing was imported.', errors: [{ code: 'import.too-large', params: { limitBytes: 10 * 1024 * 1024 } }] })
    const chunk = new TextEncoder().encode(' '.repeat(1024 * 1024))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 100) controller.enqueue(chunk)
        else controller.close()
      },
    })
    const streamed = await answer(await route(post(stream)))
    expect(streamed.status).toBe(413)
    expect(streamed.body.errors).toEqual([{ code: 'import.too-large', params: { limitBytes: 10 * 1024 * 1024 } }])
    expect(sent, 'the read stopped at the limit, not at the end of 100 MB').toBeLessThan(20)
    expect(calls).toEqual([])
  })

  it('refuses more than 2,000 files with 413', async () => {
    const files = Array.from({ length: 2001 }, (_, i) => ({ path: `m${i}.tf`, text: '' }))
    const { status, body } = await answer(await handleImport(importer(IMPORTED))(post(JSON.stringify({ files }))))
    expect(status).toBe(413)
    expect(body.errors).toEqual([{ code: 'import.too-large', params: { files: 2001, limitFiles: 2000 } }])
    expect(calls).toEqual([])
  })

  it('takes only JSON (415), and says what is wrong with a body without quoting the files (400)', async () => {
    const route = handleImport(importer(IMPORTED))
    expect((await route(post(JSON.stringify({ files: [MAIN_TF] }), { 'content-type': 'text/plain' }))).status).toBe(415)
    const broken = await answer(await route(post(`{"files":[{"path":"main.tf","text":"password = ${SECRET}"}]`.slice(0, -2))))
    expect(broken).toMatchObject({ status: 400, body: { error: 'The request body is not valid JSON.' } })
    expect(broken.text).not.toContain(SECRET)
    const wrongShape = await answer(await route(post(JSON.stringify({ files: [{ ...MAIN_TF, text: 42, secret: SECRET }] }))))
    expect(wrongShape.status).toBe(400)
    expect(wrongShape.body.fieldErrors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['files[0].text']))
    expect(wrongShape.text).not.toContain(SECRET)
    expect((await answer(await route(post(JSON.stringify({ files: [] }))))).status).toBe(400)
    expect(calls).toEqual([])
  })

  it('answers 500 with a sentence when the importer throws, and logs where without its message', async () => {
    const { status, text } = await answer(await handleImport(importer(new Error(`cannot read password = "${SECRET}"`)))(post(JSON.stringify({ files: [MAIN_TF] }))))
    expect(status).toBe(500)
    expect(text).not.toContain(SECRET)
    const logged = vi.mocked(console.error).mock.calls.flat().map((part) => (part instanceof Error ? `${part.message}\n${part.stack}` : String(part))).join('\n')
    expect(logged).toContain('the importer threw Error')
    expect(logged).toMatch(/\n\s+at /)
    expect(logged).not.toContain(SECRET)
  })

  it('counts against the same write limit as every other write, and refuses other sites\' pages', async () => {
    process.env.ARCHDECK_WRITE_LIMIT_PER_MINUTE = '2'
    try {
      const route = handleImport(importer(IMPORTED))
      const statuses = []
      for (let i = 0; i < 3; i++) statuses.push((await route(post(JSON.stringify({ files: [MAIN_TF] }), { 'content-type': 'application/json', 'x-archdeck-peer': '203.0.113.9' }))).status)
      expect(statuses).toEqual([200, 200, 429])
      const crossSite = await route(post(JSON.stringify({ files: [MAIN_TF] }), { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }))
      expect(crossSite.status).toBe(403)
    } finally {
      process.env.ARCHDECK_WRITE_LIMIT_PER_MINUTE = 'off'
    }
  })
})

describe('POST /api/import with the real importer (app/api/import/route.ts)', () => {
  /** A fixture folder as the dialog sends it: every file, paths relative to the folder. */
  function folder(name: string): SourceFile[] {
    const root = path.join('test-fixtures/terraform', name)
    return readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(tf|tfvars|json)$/.test(file))
      .map((file) => ({ path: file.split(path.sep).join('/'), text: readFileSync(path.join(root, file), 'utf8') }))
  }

  it('imports a folder with local modules into a design and its report', async () => {
    const { POST } = await import('@/app/api/import/route')
    const { status, body } = await answer(await POST(post(JSON.stringify({ files: folder('local-modules') }))))
    expect(status).toBe(200)
    expect(body.ok).toBe(true)
    expect(body.scenario.config.services.length).toBeGreaterThan(0)
    expect(body.report.understood.length).toBeGreaterThan(5)
  })

  it('refuses a broken file with its file, line and column, quoting none of it', async () => {
    const { POST } = await import('@/app/api/import/route')
    const { status, body } = await answer(await POST(post(JSON.stringify({ files: folder('broken') }))))
    expect(status).toBe(200)
    expect(body).toMatchObject({ ok: false, errors: [{ code: 'import.syntax-error', where: { file: 'main.tf', line: 112, column: 36 } }] })
  })
})
