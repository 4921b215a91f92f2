import { describe, expect, it } from 'vitest'
import { parseSoakOptions } from './options'

describe('parseSoakOptions', () => {
  it('defaults to 5 kills on both back ends', () => {
    expect(parseSoakOptions([], () => 0)).toMatchObject({ kills: 5, writers: 6, seconds: 60, backend: 'both', keep: false, seed: 0 })
  })

  it('takes the short CI setting, then later flags over it', () => {
    expect(parseSoakOptions(['--ci', '--backend', 'pglite', '--dist-dir', '.next-test'])).toMatchObject({ kills: 2, writers: 4, seconds: 30, backend: 'pglite', distDir: '.next-test' })
    expect(parseSoakOptions(['--ci', '--kills', '3'])).toMatchObject({ kills: 3, seconds: 30 })
  })

  it('refuses unbounded or malformed counts with one sentence', () => {
    expect(parseSoakOptions(['--kills', '1000'])).toEqual({ error: '--kills takes a whole number from 0 to 50 (got "1000")' })
    expect(parseSoakOptions(['--seconds', '2.5'])).toEqual({ error: '--seconds takes a whole number from 5 to 1800 (got "2.5")' })
    expect(parseSoakOptions(['--writers'])).toEqual({ error: '--writers takes a whole number from 1 to 32 (got "")' })
    expect(parseSoakOptions(['--backend', 'mysql'])).toEqual({ error: '--backend takes pglite, postgres or both (got "mysql")' })
    expect(parseSoakOptions(['--fast'])).toEqual({ error: 'unknown option "--fast" (npm run soak -- --help lists them)' })
  })
})
