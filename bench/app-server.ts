import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'

/** Port of the bench's own production server, away from `npm start` (3000) and the journeys (3100). */
export const BENCH_PORT = 3314
const BUILD_TIMEOUT_MS = 15 * 60_000
const START_TIMEOUT_MS = 90_000
/** Never built in the working tree: other work (and `npm start`) uses its `.next`. */
const NOT_COPIED = new Set(['node_modules', '.next', '.data', 'test-results', '.git'])

/** A production build in a temporary copy of the working tree. */
export type AppBuild = { dir: string; nextDir: string; logFile: string }

/**
 * Copies the working tree (without node_modules, .next, .data, test-results, .git) into a temp
 * directory and runs `next build` there. node_modules is linked file by file (`cp -al`), because
 * Turbopack refuses a node_modules symlink that points outside the project root; when hard links
 * are impossible (another file system) it is copied. `BENCH_APP_DIR` reuses a copy already built.
 */
export function buildAppCopy(log: (line: string) => void): AppBuild {
  const reuse = process.env.BENCH_APP_DIR
  if (reuse) {
    const dir = resolve(reuse)
    if (!existsSync(join(dir, '.next', 'BUILD_ID'))) throw new Error(`BENCH_APP_DIR=${dir} holds no production build (.next/BUILD_ID is missing)`)
    log(`reusing the build in ${dir}`)
    return { dir, nextDir: join(dir, '.next'), logFile: '' }
  }
  const root = process.cwd()
  const dir = mkdtempSync(join(tmpdir(), 'archdeck-bench-'))
  log(`copying the working tree to ${dir}`)
  cpSync(root, dir, { recursive: true, filter: (source) => !NOT_COPIED.has(relative(root, source).split(/[\\/]/)[0] ?? '') })
  linkNodeModules(join(root, 'node_modules'), join(dir, 'node_modules'))
  const logFile = join(dir, 'bench-build.log')
  log(`next build (log: ${logFile}); this takes a few minutes`)
  const build = spawnSync(process.execPath, [nextBin(dir), 'build'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  })
  writeFileSync(logFile, `${build.stdout ?? ''}\n${build.stderr ?? ''}`)
  if (build.error || build.status !== 0) {
    const why = build.error ? build.error.message : `exit code ${build.status}`
    const tail = `${build.stdout ?? ''}\n${build.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n')
    throw new Error(`next build failed in ${dir} (${why}):\n${tail}`)
  }
  return { dir, nextDir: join(dir, '.next'), logFile }
}

/** Removes a copy made by buildAppCopy (never a reused BENCH_APP_DIR; kept when BENCH_KEEP_APP=1, to look into). */
export function removeAppCopy(build: AppBuild, log: (line: string) => void = () => undefined): void {
  if (process.env.BENCH_APP_DIR) return
  if (process.env.BENCH_KEEP_APP === '1') return log(`kept the build in ${build.dir} (BENCH_APP_DIR=${build.dir} reuses it)`)
  if (build.dir.startsWith(tmpdir())) rmSync(build.dir, { recursive: true, force: true })
}

function linkNodeModules(from: string, to: string): void {
  if (!existsSync(from)) throw new Error('node_modules is missing: run npm ci first')
  const hardLinked = spawnSync('cp', ['-al', from, to], { stdio: 'ignore', timeout: 120_000 })
  if (hardLinked.status === 0) return
  rmSync(to, { recursive: true, force: true })
  mkdirSync(to, { recursive: true })
  try {
    cpSync(from, to, { recursive: true })
  } catch {
    symlinkSync(from, to, 'dir')
  }
}

function nextBin(dir: string): string {
  return join(dir, 'node_modules', 'next', 'dist', 'bin', 'next')
}

/** A running `next start` on BENCH_PORT; `stop()` kills its whole process group, and is safe to call twice. */
export type AppServer = { url: string; stop: () => void }

export async function startAppServer(build: AppBuild, log: (line: string) => void): Promise<AppServer> {
  if (!(await isPortFree(BENCH_PORT))) throw new Error(`port ${BENCH_PORT} is in use: stop whatever listens there and run the bench again`)
  const url = `http://127.0.0.1:${BENCH_PORT}`
  log(`next start on ${url}`)
  const child = spawn(process.execPath, [nextBin(build.dir), 'start', '-p', String(BENCH_PORT), '-H', '127.0.0.1'], {
    cwd: build.dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: 'ignore',
    detached: true,
  })
  const stop = stopper(child)
  try {
    await waitForHttp(url, START_TIMEOUT_MS, child)
  } catch (error) {
    stop()
    throw error
  }
  return { url, stop }
}

function stopper(child: ChildProcess): () => void {
  let stopped = false
  const stop = () => {
    if (stopped || child.pid === undefined) return
    stopped = true
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      child.kill('SIGKILL')
    }
    process.off('exit', stop)
  }
  // However the bench ends (error, Ctrl-C, timeout), the server goes with it.
  process.on('exit', stop)
  return stop
}

async function waitForHttp(url: string, timeoutMs: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`next start did not answer on ${url} within ${timeoutMs / 1000} s`)
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer()
    probe.once('error', () => done(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)))
  })
}
