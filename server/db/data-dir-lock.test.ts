import { afterEach, describe, expect, it } from 'vitest'
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import path from 'node:path'
import { acquireDataDirLock, DataDirLockedError, isDataDirLocked, lockFileFor, readLockHolder, type LockHolder } from './data-dir-lock'
import { openDatabase } from './client'

const ROOT = process.cwd()
const FIXTURE = path.join(ROOT, 'server', 'db', 'data-dir-holder.fixture.ts')
const children: ChildProcessWithoutNullStreams[] = []
const folders: string[] = []

function tempFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'archdeck-lock-'))
  folders.push(dir)
  return dir
}

/** A separate Node process running TypeScript through tsx, as `npm run serve` does. */
function spawnTs(args: string[], env: Record<string, string | undefined> = {}): ChildProcessWithoutNullStreams {
  const childEnv: Record<string, string | undefined> = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }
  delete childEnv.DATABASE_URL
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env: childEnv as NodeJS.ProcessEnv })
  children.push(child)
  return child
}

function nextLine(child: ChildProcessWithoutNullStreams, timeoutMs = 45_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = ''
    const timer = setTimeout(() => reject(new Error(`no line from the child within ${timeoutMs} ms`)), timeoutMs)
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString()
      const end = buffered.indexOf('\n')
      if (end === -1) return
      clearTimeout(timer)
      child.stdout.off('data', onData)
      resolve(buffered.slice(0, end))
    }
    child.stdout.on('data', onData)
    child.once('exit', (code) => reject(new Error(`the child exited (${code}) before a line: ${buffered}`)))
  })
}

function exited(child: ChildProcessWithoutNullStreams, timeoutMs = 45_000): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => reject(new Error(`the child did not exit within ${timeoutMs} ms`)), timeoutMs)
    child.once('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, stderr })
    })
  })
}

/** A PID that certainly belongs to no process: one that just ended. */
function deadPid(): number {
  const done = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
  return Number(done.stdout)
}

function writeLock(dataDir: string, holder: Partial<LockHolder>): void {
  const full: LockHolder = { pid: 1, token: 'stale-token', hostname: hostname(), bootId: null, processStart: null, acquiredAt: '2026-01-01T00:00:00.000Z', ...holder }
  writeFileSync(lockFileFor(dataDir), JSON.stringify(full))
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('one process per data directory', () => {
  it('refuses a second process with one line naming the folder and the PID, and the first keeps its data', async () => {
    const parent = tempFolder()
    const dataDir = path.join(parent, 'pglite')
    const first = spawnTs([FIXTURE, 'open', dataDir])
    expect(await nextLine(first)).toBe('ready')

    // A library caller gets a typed error…
    const refused = await openDatabase({ kind: 'pglite', dataDir }).then(
      () => null,
      (error: unknown) => error,
    )
    expect(refused).toBeInstanceOf(DataDirLockedError)
    expect((refused as DataDirLockedError).holder?.pid).toBe(first.pid)

    // …and a second `npm start` exits non-zero with one line, before it builds or opens anything
    // (should it build, it builds into a temporary folder, and prints far more than one line).
    const server = spawnTs([path.join(ROOT, 'server', 'serve.ts'), '--build', '-p', '0', '-H', '127.0.0.1'], { ARCHDECK_DATA_DIR: parent, ARCHDECK_DIST_DIR: path.relative(ROOT, path.join(parent, 'next-build')) })
    const { code, stderr } = await exited(server)
    expect(code).toBe(1)
    expect(stderr.trim().split('\n')).toEqual([
      `ArchDeck's data directory ${dataDir} is in use by process ${first.pid}; stop that process (another ArchDeck server or command), or set ARCHDECK_DATA_DIR to another folder.`,
    ])

    first.stdin.write('stop\n')
    expect(await nextLine(first)).toBe('workspaces 1')
    expect((await exited(first)).code).toBe(0)
    // Closed normally: the lock is gone and the folder opens again, with the first process's data.
    expect(existsSync(lockFileFor(dataDir))).toBe(false)
    const reopened = await openDatabase({ kind: 'pglite', dataDir })
    try {
      const rows = (await reopened.db.execute('SELECT name FROM workspaces' as never)) as unknown as { rows: { name: string }[] }
      expect(rows.rows).toEqual([{ name: 'Written by the first process' }])
    } finally {
      await reopened.close()
    }
  }, 120_000)

  it('takes over a lock left by a process that was killed', async () => {
    const dataDir = path.join(tempFolder(), 'pglite')
    const pid = deadPid()
    writeLock(dataDir, { pid })
    const lock = acquireDataDirLock(dataDir)
    expect(readLockHolder(lock.lockFile)).toMatchObject({ pid: process.pid })
    lock.release()
    expect(existsSync(lock.lockFile)).toBe(false)
  })

  it('takes over the lock of a killed process that its parent has not reaped yet', async () => {
    const dataDir = path.join(tempFolder(), 'pglite')
    const holder = spawnTs([FIXTURE, 'lock', dataDir, '30000'])
    expect(await nextLine(holder)).toBe('acquired')
    holder.kill('SIGKILL')
    // Blocking the event loop keeps Node from reaping it: the PID stays, as a zombie.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500)
    expect(readFileSync(`/proc/${holder.pid}/stat`, 'utf8')).toMatch(/\) Z /)
    const lock = acquireDataDirLock(dataDir)
    expect(readLockHolder(lock.lockFile)).toMatchObject({ pid: process.pid })
    lock.release()
  }, 60_000)

  it('takes over a lock whose PID now belongs to a later process, and keeps one whose process still runs', async () => {
    const dataDir = path.join(tempFolder(), 'pglite')
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'])
    children.push(sleeper as ChildProcessWithoutNullStreams)
    await new Promise((r) => setTimeout(r, 200))
    const start = readFileSync(`/proc/${sleeper.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[19]
    writeLock(dataDir, { pid: sleeper.pid, processStart: start })
    expect(() => acquireDataDirLock(dataDir)).toThrow(`is in use by process ${sleeper.pid}`)

    writeLock(dataDir, { pid: sleeper.pid, processStart: '1' })
    const lock = acquireDataDirLock(dataDir)
    expect(readLockHolder(lock.lockFile)).toMatchObject({ pid: process.pid })
    lock.release()
  })

  it('never takes over a lock written on another host, and names the file to delete', () => {
    const dataDir = path.join(tempFolder(), 'pglite')
    writeLock(dataDir, { pid: deadPid(), hostname: 'elsewhere.example' })
    expect(() => acquireDataDirLock(dataDir)).toThrow(`is in use by process`)
    expect(() => acquireDataDirLock(dataDir)).toThrow(`on host elsewhere.example; stop that process, or set ARCHDECK_DATA_DIR to another folder (if nothing uses it any more, delete ${lockFileFor(dataDir)})`)
  })

  it('is re-entrant within one process and removes the file with the last release', () => {
    const dataDir = path.join(tempFolder(), 'pglite')
    const outer = acquireDataDirLock(dataDir)
    const inner = acquireDataDirLock(dataDir)
    inner.release()
    inner.release() // a second release of the same acquisition changes nothing
    expect(isDataDirLocked(dataDir)).toBe(true)
    outer.release()
    expect(isDataDirLocked(dataDir)).toBe(false)
    expect(existsSync(lockFileFor(dataDir))).toBe(false)
  })

  it('lets exactly one of several processes racing for a stale lock have it', async () => {
    const dataDir = path.join(tempFolder(), 'pglite')
    writeLock(dataDir, { pid: deadPid() })
    const racers = [0, 1, 2].map(() => spawnTs([FIXTURE, 'lock', dataDir, '3000']))
    const answers = await Promise.all(racers.map((racer) => nextLine(racer)))
    expect(answers.filter((a) => a === 'acquired')).toHaveLength(1)
    expect(answers.filter((a) => a.startsWith('refused ') && a.includes('is in use by process'))).toHaveLength(2)
  }, 90_000)
})
