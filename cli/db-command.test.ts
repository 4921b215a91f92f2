import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { openDatabase } from '../server/db/client'
import { runCliAsync as runCli } from './testing/run-cli'

const folder = mkdtempSync(path.join(tmpdir(), 'archdeck-cli-db-'))
const dataDir = path.join(folder, 'data')
const store = path.join(dataDir, 'pglite')
const saved = { DATABASE_URL: process.env.DATABASE_URL, ARCHDECK_DATA_DIR: process.env.ARCHDECK_DATA_DIR }

beforeAll(async () => {
  delete process.env.DATABASE_URL
  process.env.ARCHDECK_DATA_DIR = dataDir
  const handle = await openDatabase({ kind: 'pglite', dataDir: store })
  try {
    await handle.db.execute(sql`INSERT INTO workspaces (id, name) VALUES ('ws_cli', 'Backed up from the command line')`)
  } finally {
    await handle.close()
  }
}, 120_000)

afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  rmSync(folder, { recursive: true, force: true })
})

describe('archdeck db: bad input prints one line and exits 2', () => {
  it.each([
    [['db'], 'archdeck: db needs "backup --out FILE" or "restore FILE" (run "archdeck --help")'],
    [['db', 'dump'], 'archdeck: db needs "backup --out FILE" or "restore FILE" (got "dump") (run "archdeck --help")'],
    [['db', 'backup'], 'archdeck: db backup needs --out FILE (run "archdeck --help")'],
    [['db', 'backup', 'file.tgz'], 'archdeck: db backup takes the file as --out FILE (got "file.tgz") (run "archdeck --help")'],
    [['db', 'backup', '--out', 'x', '--format', 'zip'], 'archdeck: --format must be pglite or sql (got "zip") (run "archdeck --help")'],
    [['db', 'restore'], 'archdeck: db restore needs the backup FILE (run "archdeck --help")'],
    [['db', 'restore', 'a', 'b'], 'archdeck: db restore takes one FILE (run "archdeck --help")'],
    [['db', 'restore', 'a', '--out', 'b'], 'archdeck: unknown option "--out" for db restore (run "archdeck --help")'],
  ])('%j', async (argv, message) => {
    expect(await runCli(...argv)).toEqual({ code: 2, stdout: '', stderr: message })
  })
})

describe('archdeck db backup and restore', () => {
  it('backs up, refuses to overwrite a backup or data without --force, and restores keeping what it replaced', async () => {
    const file = path.join(folder, 'backup.tgz')
    const made = await runCli('db', 'backup', '--out', file)
    expect(made.stderr).toBe('')
    expect(made.stdout).toMatch(new RegExp(`^backed up 1 workspace, 0 scenarios, 0 scenario versions, 0 shares, 0 decisions from ${store} to ${file} \\(PGlite folder dump, [\\d.]+ [KM]B\\)$`))
    expect(made.code).toBe(0)

    expect(await runCli('db', 'backup', '--out', file)).toEqual({ code: 2, stdout: '', stderr: `archdeck: ${file} exists already; choose another name, or pass --force to replace it` })
    expect(await runCli('db', 'restore', file)).toEqual({
      code: 2,
      stdout: '',
      stderr: `archdeck: ${store} holds ArchDeck data; pass --force to replace it (it is kept as pglite.replaced-<time> beside it)`,
    })

    const restored = await runCli('db', 'restore', file, '--force')
    expect(restored.code).toBe(0)
    expect(restored.stdout.split('\n')).toEqual([
      `restored ${file} into ${store}: 1 workspace, 0 scenarios, 0 scenario versions, 0 shares, 0 decisions`,
      expect.stringMatching(new RegExp(`^the data it replaced is kept in ${store}\\.replaced-\\d{4}-`)),
    ])
  }, 180_000)

  it('refuses with the one-line lock message and exit 2 while another process holds the folder', async () => {
    const holder = spawn(process.execPath, ['--import', 'tsx', path.join('server', 'db', 'data-dir-holder.fixture.ts'), 'lock', store, '30000'], { cwd: process.cwd() })
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.once('data', (chunk: Buffer) => (chunk.toString().startsWith('acquired') ? resolve() : reject(new Error(chunk.toString()))))
        holder.once('exit', (code) => reject(new Error(`the holder exited (${code})`)))
      })
      const line = `archdeck: ArchDeck's data directory ${store} is in use by process ${holder.pid}; stop that process (another ArchDeck server or command), or set ARCHDECK_DATA_DIR to another folder.`
      expect(await runCli('db', 'restore', path.join(folder, 'backup.tgz'), '--force')).toEqual({ code: 2, stdout: '', stderr: line })
      expect(await runCli('db', 'backup', '--out', path.join(folder, 'while-held.tgz'))).toEqual({ code: 2, stdout: '', stderr: line })
    } finally {
      holder.kill('SIGKILL')
      await new Promise((resolve) => (holder.exitCode !== null || holder.signalCode !== null ? resolve(null) : holder.once('exit', resolve)))
    }
  }, 120_000)

  it('exits with the command\'s code from bin/archdeck.js, which waits for it', () => {
    const run = spawnSync(process.execPath, ['bin/archdeck.js', 'db', 'backup', '--out', path.join(folder, 'from-bin.sql'), '--format', 'sql'], {
      cwd: process.cwd(),
      env: { ...process.env, ARCHDECK_DATA_DIR: dataDir, DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 90_000,
    })
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/^backed up 1 workspace, .* \(SQL, [\d.]+ KB\)\n$/)
    expect(run.status).toBe(0)
  }, 120_000)
})
