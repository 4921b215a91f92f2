import { randomBytes } from 'node:crypto'
import { linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import path from 'node:path'

/**
 * One process per PGlite data directory. PGlite is PostgreSQL in WebAssembly without the
 * postmaster's own lock: two processes on one folder both accept writes and leave it unreadable
 * ("PANIC: could not locate a valid checkpoint record"). So the folder `X` gets a sibling lock file
 * `X.lock` naming its holder; a second process refuses with one line (DataDirLockedError), and a
 * lock left by a killed process is taken over. Why a sibling: a file inside X would travel with
 * backups and restores of the folder. docs/decisions/008-one-process-per-data-directory.md.
 */

/** What the lock file says about its holder. */
export type LockHolder = {
  pid: number
  /** Random per acquisition: tells "the lock I judged stale" from a fresh one that replaced it. */
  token: string
  hostname: string
  /** Linux boot id: after a reboot every PID in an old lock is gone, whatever now runs under it. */
  bootId: string | null
  /** The holder's start time in clock ticks since boot (/proc/<pid>/stat field 22), see [1]. */
  processStart: string | null
  acquiredAt: string
}

/** The one line a second process prints; `holder` is null when the file could not be read. */
export class DataDirLockedError extends Error {
  readonly dataDir: string
  readonly lockFile: string
  readonly holder: LockHolder | null
  constructor(dataDir: string, lockFile: string, holder: LockHolder | null) {
    super(describeRefusal(dataDir, lockFile, holder))
    this.name = 'DataDirLockedError'
    this.dataDir = dataDir
    this.lockFile = lockFile
    this.holder = holder
  }
}

export function isDataDirLockedError(error: unknown): error is DataDirLockedError {
  // By name too: Next bundles this module separately from the custom server, so classes differ.
  return error instanceof DataDirLockedError || (error instanceof Error && error.name === 'DataDirLockedError')
}

function describeRefusal(dataDir: string, lockFile: string, holder: LockHolder | null): string {
  const fix = 'set ARCHDECK_DATA_DIR to another folder'
  if (!holder) return `ArchDeck's data directory ${dataDir} is being locked by another process right now (${lockFile}); stop the other ArchDeck server or command, or ${fix}.`
  if (holder.hostname !== hostname())
    return `ArchDeck's data directory ${dataDir} is in use by process ${holder.pid} on host ${holder.hostname}; stop that process, or ${fix} (if nothing uses it any more, delete ${lockFile}).`
  return `ArchDeck's data directory ${dataDir} is in use by process ${holder.pid}; stop that process (another ArchDeck server or command), or ${fix}.`
}

/** Releases one acquisition; the file goes when the process's last acquisition of it is released. */
export type DataDirLock = { lockFile: string; release: () => void }

export function lockFileFor(dataDir: string): string {
  return `${path.resolve(dataDir)}.lock`
}

// Re-entrant per process: Next opens the database from several bundles (and the custom server locks
// before any of them), each with its own copy of this module, so the count lives on globalThis.
const REGISTRY_KEY = Symbol.for('archdeck.dataDirLocks')
type Held = { token: string; count: number }
type Registry = Map<string, Held>

function registry(): Registry {
  const slot = globalThis as { [REGISTRY_KEY]?: Registry }
  if (!slot[REGISTRY_KEY]) {
    slot[REGISTRY_KEY] = new Map()
    installExitRelease(slot[REGISTRY_KEY])
  }
  return slot[REGISTRY_KEY]
}

/**
 * Takes the lock on `dataDir` or throws DataDirLockedError. Synchronous: it runs before a server
 * listens or a database opens, and a few file calls are all it needs.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const lockFile = lockFileFor(dataDir)
  const held = registry()
  const mine = held.get(lockFile)
  if (mine) {
    mine.count += 1
    return { lockFile, release: once(() => releaseOne(lockFile)) }
  }
  const token = randomBytes(16).toString('hex')
  mkdirSync(path.dirname(lockFile), { recursive: true })
  for (let attempt = 0; attempt < 20; attempt++) {
    if (tryCreate(lockFile, token)) {
      held.set(lockFile, { token, count: 1 })
      return { lockFile, release: once(() => releaseOne(lockFile)) }
    }
    const holder = readLockHolder(lockFile)
    if (holder === 'missing') continue // released between our two calls: try again
    if (holder === 'unreadable') {
      // Written with link() it is never half-written, so this is damage or a foreign file.
      if (ageMs(lockFile) < 2_000) {
        sleepMs(50)
        continue
      }
      throw new DataDirLockedError(path.resolve(dataDir), lockFile, null)
    }
    if (isThisProcess(holder)) {
      // This process already holds it through a module copy without our registry (a worker thread):
      // share it, but leave removing the file to the acquisition that wrote it.
      return { lockFile, release: () => undefined }
    }
    if (isHolderAlive(holder)) throw new DataDirLockedError(path.resolve(dataDir), lockFile, holder)
    removeStaleLock(lockFile, holder.token)
  }
  throw new DataDirLockedError(path.resolve(dataDir), lockFile, null)
}

/** Who holds the lock now, for messages and tests; 'missing' when nobody does. */
export function readLockHolder(lockFile: string): LockHolder | 'missing' | 'unreadable' {
  let text: string
  try {
    text = readFileSync(lockFile, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing'
    return 'unreadable'
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>
    if (typeof parsed.pid !== 'number' || !Number.isInteger(parsed.pid) || parsed.pid <= 0 || typeof parsed.token !== 'string' || typeof parsed.hostname !== 'string') return 'unreadable'
    return {
      pid: parsed.pid,
      token: parsed.token,
      hostname: parsed.hostname,
      bootId: typeof parsed.bootId === 'string' ? parsed.bootId : null,
      processStart: typeof parsed.processStart === 'string' ? parsed.processStart : null,
      acquiredAt: typeof parsed.acquiredAt === 'string' ? parsed.acquiredAt : '',
    }
  } catch {
    return 'unreadable'
  }
}

/** True when the directory's lock is held by a live process (this one included). */
export function isDataDirLocked(dataDir: string): boolean {
  const holder = readLockHolder(lockFileFor(dataDir))
  if (holder === 'missing') return false
  if (holder === 'unreadable') return true
  return isHolderAlive(holder)
}

/**
 * The full content is written to a private file first and then hard-linked into place: link()
 * fails if the name exists (atomic, like open with 'wx'), and a reader never sees half a file.
 */
function tryCreate(lockFile: string, token: string): boolean {
  const holder: LockHolder = {
    pid: process.pid,
    token,
    hostname: hostname(),
    bootId: readBootId(),
    processStart: readProcessStart(process.pid),
    acquiredAt: new Date().toISOString(),
  }
  const draft = `${lockFile}.${token}.tmp`
  writeFileSync(draft, `${JSON.stringify(holder)}\n`, { flag: 'wx', mode: 0o644 })
  try {
    linkSync(draft, lockFile)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  } finally {
    unlinkSync(draft)
  }
}

/**
 * Several processes may find the same stale lock. Each takes a short-lived `.takeover` file (again
 * created atomically), re-reads the lock, and removes it only if it still carries the stale token:
 * so a fresh lock written by the racer that came first is never removed. Then all of them go back to
 * tryCreate, where exactly one wins.
 */
function removeStaleLock(lockFile: string, staleToken: string): void {
  const takeover = `${lockFile}.takeover`
  try {
    writeFileSync(takeover, `${process.pid}\n`, { flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    // Held for microseconds; one older than a few seconds belongs to a process killed mid-takeover.
    if (ageMs(takeover) > 5_000) unlinkQuietly(takeover)
    else sleepMs(20)
    return
  }
  try {
    const current = readLockHolder(lockFile)
    if (typeof current === 'object' && current.token === staleToken) unlinkSync(lockFile)
  } finally {
    unlinkQuietly(takeover)
  }
}

function releaseOne(lockFile: string): void {
  const held = registry()
  const mine = held.get(lockFile)
  if (!mine) return
  mine.count -= 1
  if (mine.count > 0) return
  held.delete(lockFile)
  removeIfMine(lockFile, mine.token)
}

function removeIfMine(lockFile: string, token: string): void {
  const current = readLockHolder(lockFile)
  if (typeof current === 'object' && current.token === token) unlinkQuietly(lockFile)
}

/**
 * A normal exit (including process.exit from Next's or our own signal handling) removes every lock
 * this process holds. A signal nobody else handles would end the process without an 'exit' event,
 * so then we remove the locks and re-raise it; when someone else handles it (Next, server/serve.ts),
 * they decide whether the process ends, and the 'exit' hook covers it.
 */
function installExitRelease(held: Registry): void {
  const releaseAll = () => {
    for (const [lockFile, { token }] of held) removeIfMine(lockFile, token)
    held.clear()
  }
  process.once('exit', releaseAll)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    const onSignal = () => {
      if (process.listenerCount(signal) > 0) return
      releaseAll()
      process.kill(process.pid, signal)
    }
    process.once(signal, onSignal)
  }
}

/**
 * Is the process that wrote `holder` still running? Same host only; another host's process cannot
 * be seen, so its lock counts as held (the message then says which file to delete). See [1].
 */
function isHolderAlive(holder: LockHolder): boolean {
  if (holder.hostname !== hostname()) return true
  if (holder.pid === process.pid) return isThisProcess(holder)
  const bootId = readBootId()
  if (holder.bootId && bootId && holder.bootId !== bootId) return false
  try {
    process.kill(holder.pid, 0)
  } catch (error) {
    // EPERM: it exists but belongs to another user, which still holds the folder.
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false
  }
  const stat = readProcessStat(holder.pid)
  if (stat?.state === 'Z') return false // killed, waiting for its parent to reap it: it writes nothing more
  if (holder.processStart && stat?.start && stat.start !== holder.processStart) return false // the PID was reused
  return true
}

/** Our own PID in the file is us only if the start time agrees (a container's PID 1 comes back after every restart). */
function isThisProcess(holder: LockHolder): boolean {
  if (holder.pid !== process.pid || holder.hostname !== hostname()) return false
  const bootId = readBootId()
  if (holder.bootId && bootId && holder.bootId !== bootId) return false
  const start = readProcessStart(process.pid)
  return !(holder.processStart && start && holder.processStart !== start)
}

function readBootId(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || null
  } catch {
    return null
  }
}

/** Fields 3 (state) and 22 (start time) of /proc/<pid>/stat; the command name (field 2) may hold spaces and parentheses. */
function readProcessStat(pid: number): { state: string; start: string | null } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return { state: fields[0] ?? '', start: fields[19] ?? null }
  } catch {
    return null
  }
}

function readProcessStart(pid: number): string | null {
  return readProcessStat(pid)?.start ?? null
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs
  } catch {
    return 0
  }
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file)
  } catch {
    // already gone
  }
}

function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

function once(run: () => void): () => void {
  let done = false
  return () => {
    if (done) return
    done = true
    run()
  }
}

// [1] PID reuse. A PID alone is not an identity: after a crash the same number can belong to an
// unrelated process (or, after a reboot, to anything), and trusting it would block the folder for
// ever. The lock therefore also records the holder's start time from /proc/<pid>/stat (constant for
// a process's life, different for a later process under the same PID) and the kernel's boot id.
// Where /proc is missing (macOS, Windows) only the PID is checked: a reused PID then makes the lock
// look held, which is the safe side: the message names the file to delete. A random token per
// acquisition, not the PID, decides which file a release or a take-over may remove.
