import { cpSync, createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { RegionBookSchema, type RegionBook } from '../../lib/pricing/region-book'
import { main } from '../main'

/** A Price List tree in AWS's bulk format (test-fixtures/price-list/README.md says what is real in it). */
const WRITTEN = join(__dirname, '../../test-fixtures/price-list/written')
const OFFER = 'offers/v1.0/aws/AmazonEC2/20260401000000/us-east-1/index.json'

const made: string[] = []
const servers: Server[] = []
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'archdeck-prices-'))
  made.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
  for (const server of servers.splice(0)) server.close()
})

/** A web server with the Price List's paths, as AWS's bulk endpoint serves them; 404 for what the folder lacks. */
async function serve(dir: string): Promise<string> {
  const server = createServer((request, response) => {
    const path = join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
    if (!path.startsWith(dir) || !existsSync(path)) return void response.writeHead(404).end()
    response.writeHead(200)
    createReadStream(path, { highWaterMark: 97 }).pipe(response)
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** A books folder holding a us-east-1 book with a few prices, some of which AWS's file changes. */
function booksWith(prices: RegionBook['prices']): string {
  const dir = tempDir()
  const book: RegionBook = { region: 'us-east-1', compiled: '2025-01-01', sources: [{ id: 0, title: 'older catalog', location: 'x', asOf: '2025-01-01', trust: null }], prices }
  writeFileSync(join(dir, 'us-east-1.json'), JSON.stringify(book))
  return dir
}
const old = (usd: number) => ({ usd, unit: 'Hrs', source: 0, asOf: '2021-08-03', basis: 'published' as const, note: null })

async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}
const readBook = (dir: string) => RegionBookSchema.parse(JSON.parse(readFileSync(join(dir, 'us-east-1.json'), 'utf8')))

describe('archdeck prices update --from DIR', () => {
  it('adds, changes, re-dates and keeps prices, and prints what changed', async () => {
    const books = booksWith({
      'ec2.linux.t3.medium.hour': old(0.0416),
      'rds.mysql.db.t3.large.single_az.hour': old(0.13),
      'rds.mysql.db.m1.large.single_az.hour': old(0.29),
      'fargate.linux_x86.vcpu_hour': old(0.04048),
    })
    const result = await run('prices', 'update', '--from', WRITTEN, '--books', books)
    expect(result.err).toBe('')
    expect(result.code).toBe(0)
    expect(result.out).toContain('changed  rds.mysql.db.t3.large.single_az.hour  $0.13 → $0.136 (+4.6 %)')
    expect(result.out).toContain('added    ec2.linux.t3.large.hour  $0.0832')
    expect(result.out).toContain('kept     rds.mysql.db.m1.large.single_az.hour  $0.29 (2021-08-03): not in the new list')
    const book = readBook(books)
    // AWS's published us-east-1 on-demand prices, now dated by the Price List's publication.
    expect(book.prices['rds.mysql.db.t3.large.single_az.hour']).toMatchObject({ usd: 0.136, asOf: '2026-04-01', basis: 'published' })
    expect(book.prices['ec2.linux.t3.medium.hour']).toMatchObject({ usd: 0.0416, asOf: '2026-04-01' })
    expect(book.prices['rds.mysql.db.t4g.small.multi_az.hour']!.usd).toBe(0.065)
    expect(book.prices['elasticache.redis.cache.m4.large.hour']!.usd).toBe(0.156)
    // Never dropped: a class AWS no longer lists and a service the update does not cover stay.
    expect(book.prices['rds.mysql.db.m1.large.single_az.hour']).toMatchObject({ usd: 0.29, asOf: '2021-08-03' })
    expect(book.prices['fargate.linux_x86.vcpu_hour']!.usd).toBe(0.04048)
    // Reservations keep the fee and the hourly rate behind their effective rate.
    expect(book.prices['reserved.ec2.t3.medium.linux.1yr_partial_upfront.effective_hour']).toMatchObject({
      usd: Number((0.0125 + 110 / 8760).toFixed(6)),
      reserved: { years: 1, upfront: 'partial', upfrontUsd: 110, usdPerHour: 0.0125 },
    })
    const source = book.sources.find((s) => s.id === book.prices['ec2.linux.t3.large.hour']!.source)
    expect(source).toMatchObject({ title: 'AWS Price List bulk file AmazonEC2 20260401000000', location: OFFER, asOf: '2026-04-01' })
  })

  it('refuses a truncated offer file, names it, and leaves the books untouched', async () => {
    const from = tempDir()
    cpSync(WRITTEN, from, { recursive: true })
    const full = readFileSync(join(from, OFFER), 'utf8')
    writeFileSync(join(from, OFFER), full.slice(0, full.length / 2))
    const books = booksWith({ 'rds.mysql.db.t3.large.single_az.hour': old(0.13) })
    const before = readFileSync(join(books, 'us-east-1.json'), 'utf8')
    const result = await run('prices', 'update', '--from', from, '--books', books)
    expect(result.code).toBe(2)
    expect(result.err).toMatch(new RegExp(`^archdeck: ${OFFER.replace(/[./]/g, '\\$&')} is not valid JSON .*; the price books were not changed$`))
    expect(readFileSync(join(books, 'us-east-1.json'), 'utf8')).toBe(before)
  })

  it('refuses a partial copy (a region index pointing at a missing file) and a folder that is not a Price List', async () => {
    const from = tempDir()
    cpSync(WRITTEN, from, { recursive: true })
    rmSync(join(from, 'offers/v1.0/aws/AmazonRDS/20260401000000'), { recursive: true })
    const books = booksWith({})
    const partial = await run('prices', 'update', '--from', from, '--books', books)
    expect(partial.code).toBe(2)
    expect(partial.err).toContain('cannot read offers/v1.0/aws/AmazonRDS/20260401000000/us-east-1/index.json: no such file (a partial copy of the Price List?)')
    expect(readBook(books).prices).toEqual({})
    const elsewhere = await run('prices', 'update', '--from', tempDir(), '--books', books)
    expect(elsewhere.err).toMatch(/^archdeck: no AWS Price List at .*: cannot read offers\/v1\.0\/aws\/index\.json: no such file \(a partial copy of the Price List\?\); the price books were not changed$/)
  })

  it('refuses a damaged current book instead of overwriting it, and a region it has no book for', async () => {
    const books = tempDir()
    writeFileSync(join(books, 'us-east-1.json'), '{"region": "us-east-1", "prices": {}}')
    const damaged = await run('prices', 'update', '--from', WRITTEN, '--books', books)
    expect(damaged.code).toBe(2)
    expect(damaged.err).toContain('is damaged (compiled:')
    expect(readFileSync(join(books, 'us-east-1.json'), 'utf8')).toBe('{"region": "us-east-1", "prices": {}}')
    const region = await run('prices', 'update', '--from', WRITTEN, '--region', 'mars-north-1')
    expect(region.err).toContain('--region must be one of us-east-1, us-east-2, us-west-2, eu-west-1, eu-central-1, ap-northeast-1, ap-northeast-2 (got "mars-north-1")')
  })

  it('asks for --from and explains the command in its usage', async () => {
    expect((await run('prices', 'update')).err).toBe('archdeck: prices update needs --from DIR (a copy of the AWS Price List: DIR/offers/v1.0/aws/index.json), --from URL or --from-aws (run "archdeck --help")')
    expect((await run('prices')).err).toContain('prices needs "update --from DIR" or "update --from-aws"')
    expect((await run('prices', 'update', '--from', 'a', '--from-aws')).err).toContain('reads one Price List')
    expect((await run('--help')).out).toContain('prices update (--from DIR|URL | --from-aws)')
  })

  it('reads the same Price List over HTTP, streaming the offer files, with the same result as from a folder', async () => {
    const fromFolder = booksWith({ 'rds.mysql.db.t3.large.single_az.hour': old(0.13) })
    const fromWeb = booksWith({ 'rds.mysql.db.t3.large.single_az.hour': old(0.13) })
    expect((await run('prices', 'update', '--from', WRITTEN, '--books', fromFolder)).code).toBe(0)
    const url = await serve(WRITTEN)
    const web = await run('prices', 'update', '--from', url, '--books', fromWeb)
    expect(web.err).toBe('')
    expect(web.out).toContain('changed  rds.mysql.db.t3.large.single_az.hour  $0.13 → $0.136 (+4.6 %)')
    expect(readBook(fromWeb).prices).toEqual(readBook(fromFolder).prices)
  })

  it('says which address failed when the server lacks a file or cannot be reached', async () => {
    const from = tempDir()
    cpSync(WRITTEN, from, { recursive: true })
    rmSync(join(from, 'offers/v1.0/aws/AmazonElastiCache'), { recursive: true })
    const url = await serve(from)
    const books = booksWith({})
    const missing = await run('prices', 'update', '--from', url, '--books', books)
    expect(missing.code).toBe(2)
    expect(missing.err).toContain(`cannot read ${url}/offers/v1.0/aws/AmazonElastiCache/current/region_index.json: HTTP 404`)
    const offline = await run('prices', 'update', '--from', 'http://127.0.0.1:9', '--books', books)
    expect(offline.err).toMatch(/^archdeck: no AWS Price List at http:\/\/127\.0\.0\.1:9: cannot read .*fetch failed.*is this machine online\?; the price books were not changed$/)
    expect(readBook(books).prices).toEqual({})
  })
})
