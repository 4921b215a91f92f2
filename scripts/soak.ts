// `npm run soak`: saves, conflicts, retries, restores and decisions against a production build while
// its server is SIGKILLed and restarted, on PGlite and on PostgreSQL; then every acknowledged write
// must be there. Loopback only, bounded in kills and seconds. How it works: docs/soak.md.
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { findPreset } from '../data/presets'
import { buildAppCopy, isPortFree, removeAppCopy, type AppBuild } from './app-copy'
import { openPgliteBackend, openPostgresBackend, soakDatabaseUrl, type SoakBackend } from './soak/backends'
import { parseSoakOptions, SOAK_USAGE, type SoakOptions } from './soak/options'
import { describeReport } from './soak/report'
import { soakBackend, type SoakReport } from './soak/run-backend'

const log = (line: string) => console.log(`[soak] ${line}`)

async function main(): Promise<number> {
  const parsed = parseSoakOptions(process.argv.slice(2))
  if ('help' in parsed) return console.log(SOAK_USAGE), 0
  if ('error' in parsed) return console.error(`soak: ${parsed.error}`), 2
  const options = parsed
  const databaseUrl = soakDatabaseUrl()
  if (options.backend === 'postgres' && !databaseUrl) return console.error('soak: --backend postgres needs SOAK_DATABASE_URL or TEST_DATABASE_URL (a PostgreSQL server the soak may create a schema in)'), 2
  if (!(await isPortFree(options.port))) return console.error(`soak: port ${options.port} is in use on 127.0.0.1; stop what listens there or pass --port N`), 2
  const backends: (() => Promise<SoakBackend>)[] = []
  if (options.backend !== 'postgres') backends.push(async () => openPgliteBackend())
  if (options.backend !== 'pglite' && databaseUrl) backends.push(() => openPostgresBackend(databaseUrl))
  else if (options.backend === 'both') log('PostgreSQL skipped: set SOAK_DATABASE_URL or TEST_DATABASE_URL to soak it too')

  const preset = findPreset('standard-web')
  if (!preset) throw new Error('the standard-web preset is missing')
  log(`${options.kills} kills, ${options.writers} writers, ${options.seconds} s per back end, seed ${options.seed}`)
  const app = prepareApp(options)
  const reports: SoakReport[] = []
  try {
    for (const open of backends) {
      const backend = await open()
      try {
        reports.push(
          await soakBackend(backend, {
            ...options,
            appDir: app.build.dir,
            distDir: app.distDir,
            base: preset.scenario,
            random: seededRandom(options.seed + reports.length),
            log,
          }),
        )
      } catch (error) {
        reports.push(failedReport(backend.name, options, error))
      } finally {
        if (options.keep) log(`kept ${backend.where}`)
        else await backend.dispose()
      }
    }
  } finally {
    if (app.built && !options.keep) removeAppCopy(app.build)
    else if (app.built) log(`kept the build: --app-dir ${app.build.dir} reuses it`)
  }
  const failed = reports.filter((r) => r.problems.length > 0 || r.lost > 0)
  for (const report of reports) {
    // A passing run's server log says nothing new; a failing one's is kept to look into.
    if (!failed.includes(report) && !options.keep && report.logFile) {
      rmSync(report.logFile, { force: true })
      report.logFile = ''
    }
    console.log(`\n${describeReport(report)}`)
  }
  console.log(`\nsoak: ${reports.length - failed.length} passed, ${failed.length} failed`)
  return failed.length > 0 || reports.length === 0 ? 1 : 0
}

/** The build to serve: one named on the command line, or a temporary copy built now. */
function prepareApp(options: SoakOptions): { build: AppBuild; distDir: string; built: boolean } {
  if (options.appDir || options.distDir) {
    const dir = path.resolve(options.appDir ?? '.')
    const distDir = options.distDir ?? '.next'
    if (!existsSync(path.join(dir, distDir, 'BUILD_ID'))) throw new Error(`${path.join(dir, distDir)} holds no production build (BUILD_ID is missing); run next build there, or leave out --dist-dir/--app-dir`)
    log(`serving the build in ${path.join(dir, distDir)}`)
    return { build: { dir, nextDir: path.join(dir, distDir), logFile: '' }, distDir, built: false }
  }
  return { build: buildAppCopy(log, { reuseName: '--app-dir', tempPrefix: 'archdeck-soak-' }), distDir: '.next', built: true }
}

function failedReport(backend: string, options: SoakOptions, error: unknown): SoakReport {
  return {
    backend,
    attempted: 0,
    acknowledged: 0,
    present: 0,
    lost: 0,
    unacknowledged: 0,
    unacknowledgedPresent: 0,
    conflicts: 0,
    restores: 0,
    decisions: 0,
    retried: 0,
    resentAfterCut: 0,
    problems: [`The soak could not run: ${(error as Error).message}`],
    killsPlanned: options.kills,
    killsSurvived: 0,
    serverErrors: 0,
    durationSeconds: 0,
    logFile: '',
  }
}

/** mulberry32: the same seed gives the same choices (timing still varies from run to run). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Ctrl-C ends the soak through process.exit, so the 'exit' hooks still kill its detached server.
process.once('SIGINT', () => process.exit(130))
process.once('SIGTERM', () => process.exit(143))

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`soak: ${(error as Error).message}`)
    process.exit(1)
  },
)
