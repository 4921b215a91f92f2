import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs'
import { waitForHttp } from '../app-copy'

/**
 * The soak's server: started exactly as `npm run serve` starts it (npm, a shell, then node running
 * server/serve.ts), on 127.0.0.1 only, in a process group of its own. `kill()` sends SIGKILL to the process that
 * serves (the deepest one of the group, which holds the database), as the kernel's OOM killer or a
 * power cut would; its parents then exit by themselves. Killing the parents first would leave the
 * server an orphan whose zombie, where nothing reaps orphans (a container's PID 1), still looks
 * alive to the data-directory lock.
 */

export type ServerSpec = {
  /** The checkout whose `npm run serve` runs, with its production build in `distDir`. */
  appDir: string
  distDir: string
  port: number
  env: Record<string, string>
  /** Server output is appended here, to show when a start fails. */
  logFile: string
}

const START_TIMEOUT_MS = 120_000
const EXIT_TIMEOUT_MS = 20_000

export type ServerProcess = {
  url: string
  /** SIGKILL to the serving process; resolves when the whole group has exited. */
  kill: () => Promise<void>
  /** SIGTERM (a clean shutdown: requests finish, the database closes); SIGKILL if it takes too long. */
  stop: () => Promise<void>
}

export async function startServer(spec: ServerSpec): Promise<ServerProcess> {
  const url = `http://127.0.0.1:${spec.port}`
  const out = openSync(spec.logFile, 'a')
  const [command, args] = npmCommand(['run', 'serve', '--', '-p', String(spec.port), '-H', '127.0.0.1'])
  const child = spawn(command, args, {
    cwd: spec.appDir,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      ARCHDECK_DIST_DIR: spec.distDir,
      PORT: String(spec.port),
      HOSTNAME: '127.0.0.1',
      // The soak writes far more than a person; the limiter is tested elsewhere.
      ARCHDECK_WRITE_LIMIT_PER_MINUTE: 'off',
      // It signs in nowhere: a token set for the user's own server must not refuse its writes.
      ARCHDECK_ACCESS_TOKEN: '',
      ARCHDECK_PRIVATE: '',
      ...spec.env,
    },
    stdio: ['ignore', out, out],
    detached: true,
  })
  closeSync(out)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const killGroup = () => signalGroup(child, 'SIGKILL')
  // However the soak ends (error, Ctrl-C), its server goes with it.
  process.on('exit', killGroup)
  const finish = async (signal: NodeJS.Signals) => {
    signalServer(child, signal)
    const timer = setTimeout(killGroup, signal === 'SIGKILL' ? 5_000 : EXIT_TIMEOUT_MS)
    await exited
    clearTimeout(timer)
    process.off('exit', killGroup)
    await waitForGroupGone(child)
  }
  try {
    await waitForHttp(`${url}/api/presets`, START_TIMEOUT_MS, child)
  } catch (error) {
    await finish('SIGKILL')
    throw new Error(`${(error as Error).message}\n--- last lines of ${spec.logFile} ---\n${tail(spec.logFile)}`)
  }
  return { url, kill: () => finish('SIGKILL'), stop: () => finish('SIGTERM') }
}

/** npm as the user's `npm run` would run it: the npm that runs the soak, else the one on PATH. */
function npmCommand(args: string[]): [string, string[]] {
  const npmCli = process.env.npm_execpath
  if (npmCli && /npm-cli\.[cm]?js$/.test(npmCli)) return [process.execPath, [npmCli, ...args]]
  return [process.platform === 'win32' ? 'npm.cmd' : 'npm', args]
}

/** Signals the deepest process of the group (the server itself); the whole group where /proc is missing. */
function signalServer(child: ChildProcess, signal: NodeJS.Signals): void {
  const pid = child.pid
  if (pid === undefined) return
  const leaf = deepestDescendant(pid)
  try {
    if (leaf === null) process.kill(-pid, signal)
    else process.kill(leaf, signal)
  } catch {
    // already gone
  }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

/** The last-born process at the bottom of `pid`'s tree, or null without /proc (not Linux). */
function deepestDescendant(pid: number): number | null {
  let parents: Map<number, number[]>
  try {
    parents = new Map()
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
        parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)])
      } catch {
        // exited while we looked
      }
    }
  } catch {
    return null
  }
  let current = pid
  for (;;) {
    const children = parents.get(current)
    if (!children || children.length === 0) return current
    current = Math.max(...children)
  }
}

/** Waits (at most a few seconds) until no process of the group is left, zombies included. */
async function waitForGroupGone(child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 5_000
  while (child.pid !== undefined && Date.now() < deadline) {
    try {
      process.kill(-child.pid, 0)
    } catch {
      return
    }
    await new Promise((r) => setTimeout(r, 50))
  }
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-20).join('\n')
  } catch {
    return '(no output)'
  }
}
