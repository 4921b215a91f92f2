import { describe, expect, it } from 'vitest'
import { SCENARIO_IDS } from '../../lib/recovery/scenario-ids'
import { runCliAsync } from '../testing/run-cli'
import { parseAdviseArgs } from './args'

describe('archdeck advise: arguments', () => {
  it('reads the goals: a budget in KRW (digits grouped or not), the SLA in ms, a coverage share and scenarios that must be automatic', () => {
    expect(parseAdviseArgs(['--preset', 'swiftlogix', '--budget', '150,000', '--sla-ms=250', '--min-coverage', '.5', '--auto', 'az-outage,nat-loss', '--auto', 'task-crash', '--json', '--lang', 'ko'])).toEqual({
      command: 'advise',
      preset: 'swiftlogix',
      budgetKrw: 150_000,
      slaP95Ms: 250,
      minCoverage: 0.5,
      mustBeAuto: ['az-outage', 'nat-loss', 'task-crash'],
      json: true,
      lang: 'ko',
    })
    expect(parseAdviseArgs(['--preset', 'swiftlogix', '--peak-budget', '180,000', '--max-rto-min', '15', '--max-rpo-min', '0'])).toEqual({
      command: 'advise',
      preset: 'swiftlogix',
      peakBudgetKrw: 180_000,
      maxRtoMinutes: 15,
      maxRpoMinutes: 0,
      json: false,
      lang: 'en',
    })
    // A goal not given is left to the scenario's requirements.
    expect(parseAdviseArgs(['--config', 'plan.json'])).toEqual({ command: 'advise', configFile: 'plan.json', json: false, lang: 'en' })
  })

  it.each([
    [['--preset', 'swiftlogix', '--min-coverage', '1.5'], /^--min-coverage takes a share from 0 to 1 \(got "1\.5"\)$/],
    [['--preset', 'swiftlogix', '--min-coverage', '-0.1'], /^--min-coverage takes a share from 0 to 1 \(got "-0\.1"\)$/],
    [['--preset', 'swiftlogix', '--budget', '150000KRW'], /^--budget takes a monthly amount in KRW above 0/],
    [['--preset', 'swiftlogix', '--budget', '0'], /^--budget takes a monthly amount in KRW above 0/],
    [['--preset', 'swiftlogix', '--sla-ms', 'fast'], /^--sla-ms takes the p95 target at peak in milliseconds/],
    [['--preset', 'swiftlogix', '--auto', 'az-outage,meteor'], new RegExp(`^--auto: unknown scenario "meteor" \\(known: ${SCENARIO_IDS.join(', ')}\\)$`)],
    [['--preset', 'swiftlogix', '--lang', 'fr'], /^--lang must be en or ko/],
    [['--preset', 'swiftlogix', '--peak-budget', '0'], /^--peak-budget takes the peak month's amount in KRW above 0/],
    [['--preset', 'swiftlogix', '--max-rto-min', '-5'], /^--max-rto-min takes the longest RTO any failure may have, in minutes, 0 or more \(got "-5"\)$/],
    [['--preset', 'swiftlogix', '--max-rpo-min', 'soon'], /^--max-rpo-min takes the longest RPO/],
    [['--preset', 'swiftlogix', '--set', 'dbMultiAz=true'], /^unknown option "--set" for advise$/],
    [['--preset', 'swiftlogix', 'plan.json'], /^advise takes no PATH \(got "plan\.json"; use --config FILE\)$/],
    [['--preset', 'swiftlogix', '--config', 'plan.json'], /^advise needs exactly one of --preset ID or --config FILE$/],
    [[], /^advise needs exactly one of --preset ID or --config FILE$/],
  ])('refuses %j with one line', (argv, message) => {
    const parsed = parseAdviseArgs(argv)
    expect(parsed).toEqual({ error: expect.stringMatching(message) })
  })

  it('exits 2 with one line on stderr for bad input, before any search', async () => {
    for (const argv of [
      ['--preset', 'no-such-preset'],
      ['--config', '/nonexistent/plan.json'],
      ['--preset', 'swiftlogix', '--min-coverage', '2'],
      ['--preset', 'swiftlogix', '--auto', 'meteor'],
    ]) {
      const run = await runCliAsync('advise', ...argv)
      expect(run, argv.join(' ')).toMatchObject({ code: 2, stdout: '' })
      expect(run.stderr.split('\n'), argv.join(' ')).toEqual([expect.stringMatching(/^archdeck: \S/)])
    }
    expect((await runCliAsync('advise', '--preset', 'no-such-preset')).stderr).toMatch(/^archdeck: unknown preset "no-such-preset" \(known: .*swiftlogix/)
    expect((await runCliAsync('advise', '--config', '/nonexistent/plan.json')).stderr).toBe('archdeck: cannot read /nonexistent/plan.json: no such file or folder (ENOENT)')
  })

  it('is in --help', async () => {
    const help = (await runCliAsync('--help')).stdout
    expect(help).toMatch(/^ {2}advise \(--preset ID \| --config FILE\) \[--budget KRW\] \[--peak-budget KRW\] \[--sla-ms N\]$/m)
    expect(help).toMatch(/^ {9}\[--min-coverage 0\.\.1\] \[--auto SCENARIO,\.\.\.\] \[--max-rto-min N\] \[--max-rpo-min N\]$/m)
  })
})
