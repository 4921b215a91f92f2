import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PRESETS } from '../data/presets'
import { expectPrototypesUntouched } from '../lib/model/testing/clear-outcome'
import { parseArgs, REPORT_FORMATS } from './args'
import { main } from './main'

const token = fc.oneof(
  fc.constantFrom('presets', 'report', 'export', 'check', 'help', '--help', '-h', '--preset', '--config', '--out', '--set', '--format', '--lang', '--json', '--', '-', '=', 'db', 'backup', 'restore', '--force', 'sql', 'pglite', 'prices', 'update', '--from', '--region', '--books', '--from-aws', 'us-east-1', 'import', '--var', 'name=value', 'advise', '--budget', '--sla-ms', '--min-coverage', '--auto', '0.5', '1.5', 'az-outage,nat-loss'),
  fc.constantFrom('--preset=swiftlogix', '--format=md', '--format=', '--lang=ko', '--set=dbMultiAz=true', '--set==', 'text', 'md', 'json', 'en', 'ko', 'swiftlogix', 'plan.json', 'out'),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
)

describe('parseArgs: any argv gives options that hold together or one line saying what is wrong', () => {
  it('never throws and only returns consistent options', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), (argv) => {
        const args = parseArgs(argv)
        if ('error' in args) {
          expect(args.error.trim()).not.toBe('')
          expect(args.error).not.toMatch(/\n/)
          return
        }
        if (args.command === 'db') {
          if (args.action === 'backup') expect(args.outFile).toBeTruthy()
          else expect(args.file).toBeTruthy()
          return
        }
        if (args.command === 'prices') {
          expect(args.from).toBeTruthy()
          for (const region of args.regions) expect(region).not.toBe('')
          return
        }
        if (args.command === 'import') {
          expect(args.paths.length).toBeGreaterThan(0)
          for (const name of Object.keys(args.vars)) expect(name).toMatch(/^[A-Za-z_]/)
          return
        }
        if (args.command === 'advise') {
          expect(!args.preset).not.toBe(!args.configFile)
          if (args.minCoverage !== undefined) expect(args.minCoverage >= 0 && args.minCoverage <= 1).toBe(true)
          return
        }
        expect(['presets', 'report', 'export', 'check', 'help']).toContain(args.command)
        expect(REPORT_FORMATS).toContain(args.format)
        expect(['en', 'ko']).toContain(args.lang)
        for (const set of args.sets) expect(set).not.toBe('')
        if (args.command === 'report' || args.command === 'export' || args.command === 'check') expect(!args.preset).not.toBe(!args.configFile)
        if (args.command === 'export') expect(args.outDir).toBeTruthy()
      }),
      { numRuns: 1000 },
    )
  })
})

describe('archdeck report/check --set: bad input prints one line and exits 2', () => {
  const set = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 16 }),
    fc.tuple(fc.constantFrom('tasksPerService', 'dbMultiAz', 'natGateways', 'region', 'database.storageGb', 'services.0.count.max', '__proto__.polluted', 'constructor.prototype.x', 'requirements.budget.monthly', ''), fc.string({ maxLength: 6 })).map(([k, v]) => `${k}=${v}`),
  )

  it('exits 0, 1 (check found a breach) or 2 with one line on stderr', () => {
    fc.assert(
      fc.property(fc.constantFrom('report', 'check'), fc.constantFrom(...PRESETS.map((p) => p.id)), fc.array(set, { minLength: 1, maxLength: 2 }), (command, preset, sets) => {
        const err: string[] = []
        const code = main([command, '--preset', preset, '--json', ...sets.flatMap((s) => ['--set', s])], { out: () => {}, err: (t) => err.push(t) })
        if (code === 2) {
          expect(err).toHaveLength(1)
          expect(err[0]).toMatch(/^archdeck: \S/)
          expect(err[0]).not.toMatch(/unexpected error/)
        } else {
          expect(err).toEqual([])
          expect(code === 0 || (code === 1 && command === 'check')).toBe(true)
        }
        expectPrototypesUntouched()
      }),
      { numRuns: 200 },
    )
  })
})
