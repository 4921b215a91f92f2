import type { BackendChoice } from './backends'

/** What `npm run soak -- …` was asked to do; every count and duration is bounded. */
export type SoakOptions = {
  kills: number
  writers: number
  /** Writing time per back end; the run also waits for restarts, so it lasts somewhat longer. */
  seconds: number
  backend: BackendChoice
  port: number
  /** Serve a build that already exists instead of building a temporary copy. */
  appDir?: string
  distDir?: string
  /** Keep the temporary data and server logs, to look into. */
  keep: boolean
  seed: number
}

export const SOAK_USAGE = `npm run soak -- [options]
  --kills N          SIGKILLs of the server per back end (default 5, at most 50)
  --writers N        parallel writers (default 6, at most 32)
  --seconds N        writing time per back end (default 60, at most 1800)
  --backend B        pglite, postgres or both (default both; PostgreSQL needs SOAK_DATABASE_URL or TEST_DATABASE_URL)
  --ci               the short setting CI runs: 2 kills, 4 writers, 30 s per back end
  --dist-dir DIR     serve the production build in DIR of this checkout (e.g. .next-test) instead of building a copy
  --app-dir DIR      serve the checkout in DIR (with its .next, or --dist-dir) instead of building a copy
  --port N           loopback port of the soak's server (default 3320)
  --seed N           seed of the random choices (printed by every run)
  --keep             keep the temporary data and the server log`

const LIMITS = { kills: [0, 50], writers: [1, 32], seconds: [5, 1800], port: [1024, 65535] } as const

/** Parses the command line; an error is one sentence for the user (exit code 2). */
export function parseSoakOptions(argv: readonly string[], random: () => number = Math.random): SoakOptions | { error: string } | { help: true } {
  const options: SoakOptions = { kills: 5, writers: 6, seconds: 60, backend: 'both', port: 3320, keep: false, seed: Math.floor(random() * 2 ** 31) }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!
    if (flag === '--help' || flag === '-h') return { help: true }
    if (flag === '--ci') Object.assign(options, { kills: 2, writers: 4, seconds: 30 })
    else if (flag === '--keep') options.keep = true
    else if (flag === '--kills' || flag === '--writers' || flag === '--seconds' || flag === '--port' || flag === '--seed') {
      const value = Number(argv[++i])
      const [min, max] = flag === '--seed' ? [0, 2 ** 31] : LIMITS[flag.slice(2) as keyof typeof LIMITS]
      if (!Number.isInteger(value) || value < min || value > max) return { error: `${flag} takes a whole number from ${min} to ${max} (got "${argv[i] ?? ''}")` }
      options[flag.slice(2) as 'kills' | 'writers' | 'seconds' | 'port' | 'seed'] = value
    } else if (flag === '--backend') {
      const value = argv[++i]
      if (value !== 'pglite' && value !== 'postgres' && value !== 'both') return { error: `--backend takes pglite, postgres or both (got "${value ?? ''}")` }
      options.backend = value
    } else if (flag === '--dist-dir' || flag === '--app-dir') {
      const value = argv[++i]
      if (!value) return { error: `${flag} needs a folder` }
      options[flag === '--dist-dir' ? 'distDir' : 'appDir'] = value
    } else return { error: `unknown option "${flag}" (npm run soak -- --help lists them)` }
  }
  return options
}
