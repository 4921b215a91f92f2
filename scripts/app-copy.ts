import { spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'

/**
 * A production build in a temporary copy of the working tree, for the tools that run the built app
 * (the browser bench, the soak): the working tree's `.next` and `.data` belong to the user's own
 * `npm start`, and `next build` with another distDir would rewrite tsconfig.json.
 */

const BUILD_TIMEOUT_MS = 15 * 60_000
/** Never copied: other work (and `npm start`) uses them, or they are rebuilt. */
const NOT_COPIED = new Set(['node_modules', '.next', '.data', 'test-results', '.git'])
/** Other build folders (`.next-test` of `npm test`) are no part of the source either. */
const isNotCopied = (top: string) => NOT_COPIED.has(top) || top.startsWith('.next-')

export type AppBuild = { dir: string; nextDir: string; logFile: string }

/** `reuseDir`: a copy built before (its `.next/BUILD_ID` must exist), named in errors as `reuseName`. */
type AppCopyOptions = { reuseDir?: string; reuseName: string; tempPrefix: string }

/**
 * Copies the working tree (without node_modules, .next*, .data, test-results, .git) into a temp
 * directory and runs `next build` there. node_modules is linked file by file (`cp -al`), because
 * Turbopack refuses a node_modules symlink that points outside the project root; when hard links
 * are impossible (another file system) it is copied.
 */
export function buildAppCopy(log: (line: string) => void, options: AppCopyOptions): AppBuild {
  if (options.reuseDir) {
    const dir = resolve(options.reuseDir)
    if (!existsSync(join(dir, '.next', 'BUILD_ID'))) throw new Error(`${options.reuseName}=${dir} holds no production build (.next/BUILD_ID is missing)`)
    log(`reusing the build in ${dir}`)
    return { dir, nextDir: join(dir, '.next'), logFile: '' }
  }
  const root = process.cwd()
  const dir = mkdtempSync(join(tmpdir(), options.tempPrefix))
  log(`copying the working tree to ${dir}`)
  cpSync(root, dir, { recursive: true, filter: (source) => !isNotCopied(relative(root, source).split(/[\\/]/)[0] ?? '') })
  linkNodeModules(join(root, 'node_modules'), join(dir, 'node_modules'))
  const logFile = join(dir, 'build.log')
  log(`next build (log: ${logFile}); this takes a few minutes`)
  const build = spawnSync(process.execPath, [nextBin(dir), 'build'], {
    cwd: dir,
    // The copy builds into its own .next, whatever distDir the caller's environment names.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ARCHDECK_DIST_DIR: '' },
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

/** Removes a copy made by buildAppCopy; never a folder outside the temp directory. */
export function removeAppCopy(build: AppBuild): void {
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

export function nextBin(dir: string): string {
  return join(dir, 'node_modules', 'next', 'dist', 'bin', 'next')
}

/** Resolves once `url` answers 2xx; rejects if `child` exits first or `timeoutMs` passes. */
export async function waitForHttp(url: string, timeoutMs: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before it answered on ${url}`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`the server did not answer on ${url} within ${timeoutMs / 1000} s`)
}

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer()
    probe.once('error', () => done(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)))
  })
}
