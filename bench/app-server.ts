import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { buildAppCopy as buildCopy, isPortFree, removeAppCopy as removeCopy, waitForHttp, type AppBuild } from '../scripts/app-copy'

export type { AppBuild }

/** Port of the bench's own production server, away from `npm start` (3000) and the journeys (3100). */
const BENCH_PORT = 3314
const START_TIMEOUT_MS = 90_000

/** A production build in a temporary copy of the working tree (scripts/app-copy.ts); `BENCH_APP_DIR` reuses a copy already built. */
export function buildAppCopy(log: (line: string) => void): AppBuild {
  return buildCopy(log, { reuseDir: process.env.BENCH_APP_DIR, reuseName: 'BENCH_APP_DIR', tempPrefix: 'archdeck-bench-' })
}

/** Removes a copy made by buildAppCopy (never a reused BENCH_APP_DIR; kept when BENCH_KEEP_APP=1, to look into). */
export function removeAppCopy(build: AppBuild, log: (line: string) => void = () => undefined): void {
  if (process.env.BENCH_APP_DIR) return
  if (process.env.BENCH_KEEP_APP === '1') return log(`kept the build in ${build.dir} (BENCH_APP_DIR=${build.dir} reuses it)`)
  removeCopy(build)
}

/** ArchDeck's production server (server/serve.ts, as `npm run serve` starts it) on BENCH_PORT; `stop()` kills its whole process group, and is safe to call twice. */
export type AppServer = { url: string; stop: () => void }

export async function startAppServer(build: AppBuild, log: (line: string) => void): Promise<AppServer> {
  if (!(await isPortFree(BENCH_PORT))) throw new Error(`port ${BENCH_PORT} is in use: stop whatever listens there and run the bench again`)
  const url = `http://127.0.0.1:${BENCH_PORT}`
  log(`server/serve.ts on ${url}`)
  // The server users run, with its request guards, not a bare `next start`; its own data folder in the copy.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/serve.ts', '-p', String(BENCH_PORT), '-H', '127.0.0.1'], {
    cwd: build.dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ARCHDECK_DATA_DIR: path.join(build.dir, '.data'), ARCHDECK_DIST_DIR: '.next', DATABASE_URL: '' },
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
